import * as vscode from 'vscode';
import { parseAllDocuments } from 'yaml';
import { lintDiagnose } from '../../core/lessons/diagnose';
import { runAction, runKubectlLine, runSolution, startLessonRun, takeSnapshot, type LessonRun } from '../../core/lessons/driver';
import type { Lesson, LessonStep } from '../../core/lessons/lessonFormat';
import { checkStep, type LessonDiagnostic } from '../../core/lessons/verify';
import type { Failure } from '../../core/scenario/context';
import { createSimulation } from '../../core/sim/simulation';

function severityOf(s: vscode.DiagnosticSeverity): LessonDiagnostic['severity'] {
  if (s === vscode.DiagnosticSeverity.Error) return 'error';
  if (s === vscode.DiagnosticSeverity.Warning) return 'warning';
  return s === vscode.DiagnosticSeverity.Information ? 'info' : 'hint';
}

function codeOf(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * One lesson's own virtual cluster (the lesson's nodes, readiness and deletion) and the learner's documents.
 * The learner's text is applied as `kubectl apply` would (each DaemonSet document); step checks are the core's
 * `checkStep` (the scenario runner's `checkExpect` plus the editor keys). Template ids in checks are resolved by
 * replaying the lesson's solutions on a reference cluster: the revision hash depends only on the template.
 */
export class LessonSession {
  run: LessonRun;
  private templates = new Map<string, string>();
  /** Untitled document URI → the lesson file it stands for. */
  readonly documents = new Map<string, string>();

  constructor(readonly lesson: Lesson) {
    this.run = this.fresh();
  }

  private fresh(): LessonRun {
    if (!this.templates.size) {
      const reference = startLessonRun(this.lesson, createSimulation);
      for (const step of this.lesson.steps) {
        try { runSolution(reference, step); } catch { break; }
      }
      this.templates = reference.templates;
    }
    const run = startLessonRun(this.lesson, createSimulation);
    run.templates = new Map(this.templates);
    return run;
  }

  /** A new cluster at t=0 and no learner documents. */
  reset(): void {
    this.run = this.fresh();
    this.documents.clear();
  }

  fileOf(uri: vscode.Uri): string | undefined {
    return this.documents.get(uri.toString());
  }

  /**
   * Applies every DaemonSet document of the learner's text. Syntax errors apply nothing (the last valid state
   * keeps running) and are returned as messages.
   */
  applyText(file: string, text: string): string[] {
    this.run.fileTexts[file] = text;
    const problems: string[] = [];
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) {
        problems.push(...doc.errors.map((e) => e.message.split('\n')[0]));
        continue;
      }
      const value: unknown = doc.toJS();
      if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== 'DaemonSet') continue;
      this.run.lastApply = this.run.sim.apply(value);
      if (!this.run.lastApply.accepted && this.run.lastApply.message) problems.push(this.run.lastApply.message);
    }
    this.run.sim.settle();
    return problems;
  }

  /** Runs a step's kubectl lines and actions (the non-file part of its solution) on the lesson cluster. */
  runStepActions(step: LessonStep): void {
    for (const line of step.solution.kubectl ?? []) runKubectlLine(this.run, line);
    for (const a of step.solution.actions ?? []) runAction(this.run, a);
  }

  /** The editor's diagnostics of a lesson file: VS Code's for its document plus the manifest linter's on its text. */
  private diagnose(file: string, text: string): LessonDiagnostic[] {
    const diags = lintDiagnose(file, text);
    for (const [uri, name] of this.documents) {
      if (name !== file) continue;
      for (const d of vscode.languages.getDiagnostics(vscode.Uri.parse(uri))) diags.push({ code: codeOf(d.code), severity: severityOf(d.severity) });
    }
    return diags;
  }

  check(step: LessonStep): Failure[] {
    if (step.file && this.run.fileTexts[step.file] === this.lesson.files[step.file] && (step.check.noErrors || step.check.diagnosticsGone)) {
      // The starter itself never passes an editor check: the learner has not edited it yet.
      const untouched = ![...this.documents.values()].includes(step.file);
      if (untouched) return [{ key: 'file', expected: 'edited', observed: 'not opened' }];
    }
    return checkStep(this.run, step, (f, t) => this.diagnose(f, t));
  }

  /** Ticks every step that now passes, in order, stopping at the first that does not. Returns the new done list. */
  evaluate(done: readonly string[]): string[] {
    const result = [...done];
    for (const step of this.lesson.steps) {
      if (result.includes(step.id)) continue;
      if (this.check(step).length) break;
      result.push(step.id);
      if (step.snapshot) this.run.snapshots.set(step.snapshot, takeSnapshot(this.run.sim));
    }
    return result;
  }
}
