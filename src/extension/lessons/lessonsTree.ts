import * as vscode from 'vscode';
import type { Lesson, LessonStep } from '../../core/lessons/lessonFormat';
import type { LessonProgress } from './lessonProgress';
import { loc, s } from './lessonStrings';

/** A tree node: a lesson, or one step of a lesson. */
export type LessonNode = { kind: 'lesson'; lesson: Lesson } | { kind: 'step'; lesson: Lesson; step: LessonStep; index: number };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Lessons view: lessons in order with their steps, a tick (pass-filled) on every passed step and finished lesson. */
export class LessonsTree implements vscode.TreeDataProvider<LessonNode> {
  private readonly emitter = new vscode.EventEmitter<LessonNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly lessons: () => Lesson[], private readonly progress: LessonProgress) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: LessonNode): LessonNode[] {
    if (!node) return this.lessons().map((lesson) => ({ kind: 'lesson', lesson }));
    if (node.kind === 'lesson') return node.lesson.steps.map((step, index) => ({ kind: 'step', lesson: node.lesson, step, index }));
    return [];
  }

  getTreeItem(node: LessonNode): vscode.TreeItem {
    const done = this.progress.done(node.lesson.id);
    if (node.kind === 'lesson') {
      const complete = this.progress.isComplete(node.lesson);
      const item = new vscode.TreeItem(`${pad(node.lesson.order)}. ${loc(node.lesson.title)}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.lesson.id;
      item.description = `${node.lesson.steps.filter((st) => done.includes(st.id)).length}/${node.lesson.steps.length}`;
      item.tooltip = loc(node.lesson.summary);
      item.iconPath = new vscode.ThemeIcon(complete ? 'pass-filled' : 'book', complete ? new vscode.ThemeColor('testing.iconPassed') : undefined);
      item.contextValue = 'lesson';
      item.accessibilityInformation = { label: `${item.label as string}, ${item.description}` };
      item.command = { command: 'daemonsetLab.openLesson', title: s('openStarter'), arguments: [node.lesson.id] };
      return item;
    }
    const passed = done.includes(node.step.id);
    const item = new vscode.TreeItem(`${node.index + 1}. ${loc(node.step.title)}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.lesson.id}/${node.step.id}`;
    item.iconPath = new vscode.ThemeIcon(passed ? 'pass-filled' : 'circle-large-outline', passed ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.description = passed ? s('passed') : '';
    item.accessibilityInformation = { label: `${item.label as string}, ${passed ? s('passed') : s('notPassed')}` };
    item.contextValue = 'lessonStep';
    item.command = { command: 'daemonsetLab.openLesson', title: s('openStarter'), arguments: [node.lesson.id, node.step.id] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
