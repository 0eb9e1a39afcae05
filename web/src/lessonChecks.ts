/**
 * Live lesson checks in the playground: each step's check (src/core/lessons/verify.ts `checkStep`, the same one
 * `lessons verify` and the extension use) is evaluated against the learner's cluster and editor text after
 * every change. Template ids in the checks are resolved by replaying the lesson's solutions on a reference
 * cluster: the hash is a function of the template, so the learner's pods match when their template equals the
 * solution's.
 */
import type { PodSnapshot } from '../../src/core/scenario/context';
import { runSolution, startLessonRun, takeSnapshot } from '../../src/core/lessons/driver';
import { checkStep } from '../../src/core/lessons/verify';
import { lintDiagnose } from '../../src/core/lessons/diagnose';
import type { Lesson } from '../../src/core/lessons/lessonFormat';
import { createSimulation } from '../../src/core/sim/simulation';
import type { ApplyResult, Simulation } from '../../src/core/sim/api';
import type { PlaygroundState } from './state';

export class LessonChecks {
  private lesson: Lesson | undefined;
  private templates = new Map<string, string>();
  private snapshots = new Map<string, PodSnapshot>();
  lastApply: ApplyResult | undefined;
  lastKubectl: { stdout: string; stderr: string; exitCode: number } | undefined;

  constructor(private readonly sim: () => Simulation, private readonly text: () => string, private readonly state: PlaygroundState, private readonly save: () => void) {}

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
    const fileTexts = Object.fromEntries(lesson.steps.filter((s) => s.file).map((s) => [s.file as string, this.text()]));
    const run = { lesson, sim: this.sim(), templates: this.templates, snapshots: this.snapshots, lastApply: this.lastApply, lastKubectl: this.lastKubectl, fileTexts };
    for (const step of lesson.steps) {
      if (done.has(step.id)) continue;
      if (checkStep(run, step, lintDiagnose).length) break;
      done.add(step.id);
      if (step.snapshot) this.snapshots.set(step.snapshot, takeSnapshot(this.sim()));
    }
    this.state.progress[lesson.id] = [...done];
    this.save();
  }
}
