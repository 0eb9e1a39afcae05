/**
 * Drives a lesson's virtual cluster: starts it from the lesson's nodes, applies lesson files, runs kubectl
 * lines and scenario actions, and keeps the bookkeeping step checks need (template ids → hashes, snapshots,
 * the last apply and the last kubectl output). Used by verifyLesson and by the lesson UI.
 */
import { parse } from 'yaml';
import { runKubectl, type KubectlResult } from '../kubectl/index';
import type { ApplyResult, Simulation, SimulationOptions } from '../sim/api';
import { takeSnapshot, type ExpectContext } from '../scenario/context';
import { runAction as runScenarioAction, toNodeInput } from '../scenario/actions';
import type { Lesson, LessonAction, LessonStep } from './lessonFormat';

/** Re-exported for lesson UIs that take snapshots when a step passes. */
export { takeSnapshot };

export type CreateSimulation = (options: SimulationOptions) => Simulation;

/** The scenario runner's expectation context plus the lesson and the learner's current file texts. */
export interface LessonRun extends ExpectContext {
  lesson: Lesson;
  lastKubectl?: KubectlResult | { stdout: string; stderr: string };
  /** Current text of each lesson file as the learner would have it (a step's solution replaces its file). */
  fileTexts: Record<string, string>;
}

export function startLessonRun(lesson: Lesson, create: CreateSimulation, seed = 1): LessonRun {
  const sim = create({ seed, namespace: lesson.namespace, readiness: lesson.readiness, deletion: lesson.deletion, startTime: 0 });
  for (const node of lesson.nodes) sim.addNode(toNodeInput(node as unknown as Record<string, unknown>, {}));
  sim.settle();
  return { lesson, sim, templates: new Map(), snapshots: new Map(), fileTexts: { ...lesson.files } };
}

function readFile(run: LessonRun, name: string): string | undefined {
  return run.lesson.files[name.replace(/^\.\//, '')];
}

/**
 * Applies a lesson file as `kubectl apply -f` does (create, or full update), through the scenario runner's
 * `apply` action so template ids map to hashes exactly as in scenarios.
 */
export function applyFile(run: LessonRun, file: string, templateId?: string): ApplyResult {
  const text = readFile(run, file);
  if (text === undefined) throw new Error(`lesson file "${file}" not found`);
  let manifest: unknown;
  try {
    manifest = parse(text);
  } catch (e) {
    run.lastApply = { accepted: false, errors: [], message: `error parsing ${file}: ${e instanceof Error ? e.message : String(e)}` };
    return run.lastApply;
  }
  try {
    runScenarioAction(run, templateId ? { apply: manifest, templateId } : { apply: manifest }, {});
  } catch (e) {
    run.lastApply = { accepted: false, errors: [], message: e instanceof Error ? e.message : String(e) };
  }
  run.sim.settle();
  return run.lastApply as ApplyResult;
}

/**
 * Runs one kubectl line. `apply -f FILE` of a lesson file goes through Simulation.apply directly, so that
 * `accepted` and `errors` checks see the API server's structured errors.
 */
export function runKubectlLine(run: LessonRun, line: string, language: 'en' | 'ko' = 'en'): KubectlResult {
  const m = /^\s*(?:kubectl\s+)?apply\s+-f\s+(\S+)\s*$/.exec(line);
  if (m && readFile(run, m[1]) !== undefined) {
    const r = applyFile(run, m[1]);
    const result = r.accepted
      ? { stdout: `daemonset.apps/${r.name ?? ''} ${r.action ?? 'configured'}\n`, stderr: '', exitCode: 0 }
      : { stdout: '', stderr: `${r.message ?? ''}\n`, exitCode: 1 };
    run.lastKubectl = result;
    return result;
  }
  const result = runKubectl(run.sim, line, { readFile: (p) => readFile(run, p), language });
  run.sim.settle();
  run.lastKubectl = result;
  return result;
}

/** Runs one lesson action: `apply` names a lesson file, `kubectl` is a command line, the rest are scenario actions. */
export function runAction(run: LessonRun, action: LessonAction): void {
  if (typeof action.apply === 'string') {
    applyFile(run, action.apply, action.templateId as string | undefined);
    return;
  }
  if (typeof action.kubectl === 'string') {
    runKubectlLine(run, action.kubectl);
    return;
  }
  runScenarioAction(run, action, {});
  run.sim.settle();
}

/** Runs a step's solution: the file (with its template id), then the kubectl lines, then the actions. */
export function runSolution(run: LessonRun, step: LessonStep): void {
  const sol = step.solution;
  if (sol.file) {
    applyFile(run, sol.file, sol.templateId);
    if (step.file) run.fileTexts[step.file] = run.lesson.files[sol.file];
  }
  for (const line of sol.kubectl ?? []) runKubectlLine(run, line);
  for (const a of sol.actions ?? []) {
    runAction(run, a);
    if (typeof a.apply === 'string' && step.file) run.fileTexts[step.file] = run.lesson.files[a.apply];
  }
  if (step.snapshot) run.snapshots.set(step.snapshot, takeSnapshot(run.sim));
}
