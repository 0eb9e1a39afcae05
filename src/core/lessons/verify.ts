/**
 * Step checks and lesson verification. A step's check is the scenario runner's `checkExpect` on the cluster,
 * plus the lesson-only editor keys (`noErrors`, `diagnosticsGone`) evaluated with an injected diagnostics
 * function. `verifyLesson` replays a lesson: the starter must fail the first step, each solution must pass its step.
 */
import type { Failure } from '../scenario/context';
import { checkExpect } from '../scenario/expect';
import { editorCheckKeys, type Lesson, type LessonStep } from './lessonFormat';
import { applyFile, runSolution, startLessonRun, type CreateSimulation, type LessonRun } from './driver';

/** One editor diagnostic as the manifest checker reports it (only what step checks need). */
export interface LessonDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

/** Diagnostics of one file's text (src/core/manifest). */
export type Diagnose = (fileName: string, text: string) => LessonDiagnostic[];

/**
 * Evaluates a step's check against the run. Editor keys need `diagnose` and the step's `file`; without them
 * they are not evaluated (the cluster part still is).
 */
export function checkStep(run: LessonRun, step: LessonStep, diagnose?: Diagnose): Failure[] {
  const expect: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(step.check)) if (!(editorCheckKeys as readonly string[]).includes(k)) expect[k] = v;
  const failures = checkExpect(run, expect);
  if (diagnose && step.file && (step.check.noErrors || step.check.diagnosticsGone)) {
    const text = run.fileTexts[step.file] ?? '';
    const diags = diagnose(step.file, text);
    if (step.check.noErrors) {
      const errors = diags.filter((d) => d.severity === 'error').map((d) => d.code);
      if (errors.length) failures.push({ key: 'noErrors', expected: [], observed: errors });
    }
    for (const code of step.check.diagnosticsGone ?? []) {
      if (diags.some((d) => d.code === code)) failures.push({ key: `diagnosticsGone.${code}`, expected: 'absent', observed: 'present' });
    }
  }
  return failures;
}

export interface StepVerification {
  id: string;
  passed: boolean;
  failures: Failure[];
}

export interface LessonVerification {
  lessonId: string;
  /** True when the starter fails the first step and every solution passes its step. */
  passed: boolean;
  /** Whether the first step's check fails right after the starter is applied (it must). */
  starterFailsFirstStep: boolean;
  steps: StepVerification[];
  /** Exceptions while replaying (a missing file, an action the cluster cannot do). */
  problems: string[];
}

/**
 * Starts the lesson's cluster, applies the first starter file and checks that the first step FAILS, then
 * runs every step's solution in order and checks that each step PASSES.
 */
export function verifyLesson(lesson: Lesson, create: CreateSimulation, diagnose?: Diagnose): LessonVerification {
  const problems: string[] = [];
  const run = startLessonRun(lesson, create);
  const steps: StepVerification[] = [];
  try {
    if (lesson.starter[0]) applyFile(run, lesson.starter[0]);
  } catch (e) {
    problems.push(`starter: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const step of lesson.steps) {
    try {
      runSolution(run, step);
    } catch (e) {
      problems.push(`${step.id}: ${e instanceof Error ? e.message : String(e)}`);
      steps.push({ id: step.id, passed: false, failures: [] });
      continue;
    }
    const failures = checkStep(run, step, diagnose);
    steps.push({ id: step.id, passed: failures.length === 0, failures });
  }
  // The starter check runs in a fresh cluster but knows every template id of the replay, so a starter whose
  // template equals a solution's is recognised as already passing.
  let starterFailsFirstStep = false;
  try {
    const fresh = startLessonRun(lesson, create);
    if (lesson.starter[0]) applyFile(fresh, lesson.starter[0]);
    for (const [id, hash] of run.templates) fresh.templates.set(id, hash);
    starterFailsFirstStep = checkStep(fresh, lesson.steps[0], diagnose).length > 0;
  } catch (e) {
    problems.push(`starter: ${e instanceof Error ? e.message : String(e)}`);
  }
  const passed = starterFailsFirstStep && problems.length === 0 && steps.every((s) => s.passed);
  return { lessonId: lesson.id, passed, starterFailsFirstStep, steps, problems };
}

/** A readable multi-line report of a verification, for test failures and the CLI. */
export function formatVerification(v: LessonVerification): string {
  const lines = [`${v.passed ? 'PASS' : 'FAIL'} ${v.lessonId}`];
  if (!v.starterFailsFirstStep) lines.push('  the starter already passes (or cannot be checked against) the first step');
  for (const p of v.problems) lines.push(`  problem: ${p}`);
  for (const s of v.steps) {
    if (s.passed) continue;
    lines.push(`  step ${s.id}:`);
    for (const f of s.failures) lines.push(`    ${f.key}: expected ${JSON.stringify(f.expected)}, observed ${JSON.stringify(f.observed)}`);
  }
  return lines.join('\n');
}
