/**
 * The lesson format: `lessons/NN-slug/lesson.yaml` plus reading material (`lesson.en.md`, `lesson.ko.md`),
 * a starter manifest and solution manifests. Step checks are data in the scenario format's `expect`
 * vocabulary (shared/spec/scenario-format.md), so a lesson check and a conformance test are the same thing.
 */
import type { NodeInput } from '../sim/api';

/** Every user-facing lesson text exists in English and Korean. */
export interface Localized {
  en: string;
  ko: string;
}

export type Language = keyof Localized;

/**
 * One thing done to the virtual cluster, in the scenario format's action vocabulary, except that
 * `apply` names a file of the lesson folder (not an inline manifest) and `kubectl` is a command line
 * without the word `kubectl`.
 */
export type LessonAction = Record<string, unknown>;

/** Scenario-format `expect` keys a step check may use (the runner's expectation checker evaluates them). */
export const scenarioExpectKeys = [
  'accepted', 'errors', 'exactErrors', 'pods', 'podsOnNode', 'podCounts', 'podStates', 'maxPodsPerNode',
  'nodesWithPodCount', 'status', 'dsFields', 'nodeFields', 'podFields', 'revisions', 'revisionFields', 'notFound',
  'podCount', 'revisionCount', 'orphanPods', 'podNames', 'podsMatchSnapshot', 'podsDifferFromSnapshot', 'events',
  'schedulingFailures', 'kubectl',
] as const;

/** Lesson-only check keys about the editor, evaluated against the manifest diagnostics, not the cluster. */
export const editorCheckKeys = ['diagnosticsGone', 'noErrors'] as const;

/** Action keys a step solution may use (scenario-format actions plus `kubectl`). */
export const lessonActionKeys = [
  'apply', 'deleteDaemonSet', 'addNode', 'removeNode', 'labelNode', 'taintNode', 'cordon', 'uncordon', 'setNodeReady',
  'markReady', 'markNotReady', 'setPodPhase', 'deletePod', 'createPod', 'relabelPod', 'advance', 'rolloutUndo', 'kubectl',
] as const;

/** A step check: scenario `expect` keys plus the editor keys. */
export interface StepCheck {
  /** Diagnostic codes (src/core/manifest) that must no longer be shown for the step's file. */
  diagnosticsGone?: string[];
  /** The step's file has no diagnostic of severity error. */
  noErrors?: boolean;
  /** Scenario-format expectations, passed unchanged to the scenario runner's checker. */
  [key: string]: unknown;
}

/**
 * What a learner does to pass a step; run in this order by `verifyLesson`: `file` (applied with
 * `templateId`), then each `kubectl` line, then each action.
 */
export interface StepSolution {
  file?: string;
  templateId?: string;
  kubectl?: string[];
  actions?: LessonAction[];
}

export interface LessonStep {
  id: string;
  title: Localized;
  /** Markdown. */
  instruction: Localized;
  hint: Localized;
  /** The lesson file the learner edits in this step (one of the lesson's starters), if any. */
  file?: string;
  solution: StepSolution;
  check: StepCheck;
  /** Scenario actions the learner is expected to trigger from the panel or terminal (shown as suggestions). */
  actions?: LessonAction[];
  /** Scenario `snapshot`: remember pod names after this step, for later `podsMatchSnapshot` checks. */
  snapshot?: string;
}

export interface QuizQuestion {
  question: Localized;
  choices: Localized[];
  /** Index into `choices`. */
  answer: number;
  explanation: Localized;
}

export interface Lesson {
  id: string;
  order: number;
  title: Localized;
  summary: Localized;
  /** Namespace of the virtual cluster (default `default`). */
  namespace: string;
  readiness: 'auto' | 'manual';
  deletion: 'instant' | 'graceful';
  /** The cluster at t=0, as scenario-format nodes. */
  nodes: NodeInput[];
  /** Starter manifest file names; the first one opens with the lesson. */
  starter: string[];
  steps: LessonStep[];
  quiz: QuizQuestion[];
  /** Reading material (markdown) per language. */
  body: Localized;
  /** Every file of the lesson folder by name (manifests referenced by starters and solutions). */
  files: Record<string, string>;
}

/** A problem in a lesson folder: which file, which field (dotted path), and what is wrong. */
export interface LessonError {
  file: string;
  field: string;
  message: string;
}

export type ParseLessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] };
