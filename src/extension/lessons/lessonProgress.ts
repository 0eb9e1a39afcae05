import * as vscode from 'vscode';
import type { Lesson } from '../../core/lessons/lessonFormat';

const key = 'daemonsetLab.lessonProgress';

/** The context key a walkthrough step waits for: `daemonsetLab.lesson01Done` for the lesson of order 1. */
export function doneContextKey(lesson: Lesson): string {
  return `daemonsetLab.lesson${String(lesson.order).padStart(2, '0')}Done`;
}

/** Passed steps per lesson id, kept in globalState (survives reloads and workspaces). */
export class LessonProgress {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento, private readonly lessons: () => Lesson[]) {}

  private all(): Record<string, string[]> {
    const v = this.state.get<unknown>(key);
    if (typeof v !== 'object' || v === null) return {};
    const out: Record<string, string[]> = {};
    for (const [id, steps] of Object.entries(v)) if (Array.isArray(steps)) out[id] = steps.filter((s): s is string => typeof s === 'string');
    return out;
  }

  done(lessonId: string): string[] {
    return this.all()[lessonId] ?? [];
  }

  isComplete(lesson: Lesson): boolean {
    const done = this.done(lesson.id);
    return lesson.steps.every((s) => done.includes(s.id));
  }

  async set(lessonId: string, steps: string[]): Promise<void> {
    const all = this.all();
    if ((all[lessonId] ?? []).join('\n') === steps.join('\n')) return;
    if (steps.length) all[lessonId] = steps;
    else delete all[lessonId];
    await this.state.update(key, all);
    await this.publish();
    this.emitter.fire();
  }

  async resetAll(): Promise<void> {
    await this.state.update(key, undefined);
    await this.publish();
    this.emitter.fire();
  }

  /** Sets `daemonsetLab.lessonNNDone` for every lesson (the walkthrough's completion events). */
  async publish(): Promise<void> {
    for (const lesson of this.lessons()) await vscode.commands.executeCommand('setContext', doneContextKey(lesson), this.isComplete(lesson));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
