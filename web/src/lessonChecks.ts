/**
 * Live lesson checks in the playground: the current step's check (scenario-format expectations) is evaluated
 * against the learner's cluster after every change. Template ids in the checks are resolved by replaying the
 * lesson's solutions on a reference cluster: the hash is a function of the template, so the learner's pods
 * match when their template equals the solution's.
 */
import { checkExpect } from '../../src/core/scenario/expect';
import type { PodSnapshot } from '../../src/core/scenario/context';
import { runSolution, startLessonRun, takeSnapshot } from '../../src/core/lessons/driver';
import type { Lesson } from '../../src/core/lessons/lessonFormat';
import { createSimulation } from '../../src/core/sim/simulation';
import type { ApplyResult, Simulation } from '../../src/core/sim/api';
import type { PlaygroundState } from './state';
import type { ManifestProblem } from '../../src/core/manifest/lintManifest';

export class LessonChecks {
  private lesson: Lesson | undefined;
  private templates = new Map<string, string>();
  private snapshots = new Map<string, PodSnapshot>();
  lastApply: ApplyResult | undefined;
  lastKubectl: { stdout: string; stderr: string } | undefined;

  constructor(private readonly sim: () => Simulation, private readonly state: PlaygroundState, private readonly save: () => void, private readonly problems: () => ManifestProblem[]) {}

  start(lesson: Lesson): void {
    this.lesson = lesson;
    this.snapshots = new Map();
    const reference = startLessonRun(lesson, createSimulation);
    for (const step of lesson.steps) {
      try { runSolution(reference, step); } catch { break; }
    }
    this.templates = reference.templates;
  }

  /** Ticks every step that now passes, in order; stops at the first that does not. */
  evaluate(): void {
    const lesson = this.lesson;
    if (!lesson) return;
    const done = new Set(this.state.progress[lesson.id] ?? []);
    for (const step of lesson.steps) {
      if (done.has(step.id)) continue;
      const { diagnosticsGone, noErrors, ...expect } = step.check;
      const problems = this.problems();
      if (noErrors && problems.some((p) => p.severity === 'error')) break;
      if (diagnosticsGone?.some((code) => problems.some((p) => p.code === code))) break;
      const failures = checkExpect({ sim: this.sim(), templates: this.templates, snapshots: this.snapshots, lastApply: this.lastApply, lastKubectl: this.lastKubectl }, expect);
      if (failures.length) break;
      done.add(step.id);
      if (step.snapshot) this.snapshots.set(step.snapshot, takeSnapshot(this.sim()));
    }
    this.state.progress[lesson.id] = [...done];
    this.save();
  }
}
