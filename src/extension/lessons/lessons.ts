import * as vscode from 'vscode';
import type { Lesson, LessonStep } from '../../core/lessons/lessonFormat';
import { Disposable } from '../disposable';
import { LessonSession } from './lessonChecks';
import { LessonProgress } from './lessonProgress';
import { LessonKubectlPty } from './lessonTerminal';
import { LessonsTree } from './lessonsTree';
import { s } from './lessonStrings';
import { LessonView, lessonIdOfState, lessonViewType, type LessonViewMessage } from './lessonView';
import { loadLessons } from './loadLessons';

const debounceMs = 300;

/** What the integration tests observe (test-only command daemonsetLab.test.lessonState). */
export interface LessonTestState {
  lessons: string[];
  problems: string[];
  lessonId?: string;
  selected?: number;
  done: string[];
  documents: string[];
  viewOpen: boolean;
  /** `name node` of the lesson cluster's pods. */
  pods: string[];
}

/** Lessons: the tree, the lesson view, the per-lesson cluster and the checks that tick steps as the learner edits. */
export class Lessons extends Disposable {
  private lessons: Lesson[] = [];
  private problems: string[] = [];
  private readonly loaded: Promise<void>;
  private readonly progress: LessonProgress;
  private readonly tree: LessonsTree;
  private session: LessonSession | undefined;
  private view: LessonView | undefined;
  private selected = 0;
  private hints = new Set<string>();
  private solutions = new Set<string>();
  private applyProblems: string[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly context: vscode.ExtensionContext) {
    super();
    this.progress = this._register(new LessonProgress(context.globalState, () => this.lessons));
    this.tree = this._register(new LessonsTree(() => this.lessons, this.progress));
    this._register(vscode.window.createTreeView('daemonsetLab.lessons', { treeDataProvider: this.tree, showCollapseAll: true }));
    this._register(this.progress.onDidChange(() => this.tree.refresh()));
    this.loaded = loadLessons(context.extensionUri).then(async (r) => {
      this.lessons = r.lessons;
      this.problems = r.problems;
      if (r.problems.length) console.warn(`DaemonSet Lab lessons:\n${r.problems.join('\n')}`);
      this.tree.refresh();
      await this.progress.publish();
    });
    const cmd = (id: string, fn: (...args: unknown[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn));
    cmd('daemonsetLab.openLesson', (id, step) => this.open(typeof id === 'string' ? id : undefined, typeof step === 'string' ? step : undefined));
    cmd('daemonsetLab.lessonHint', () => this.onMessage({ type: 'hint' }));
    cmd('daemonsetLab.lessonSolution', () => this.onMessage({ type: 'solution' }));
    cmd('daemonsetLab.resetLesson', () => this.onMessage({ type: 'reset' }));
    cmd('daemonsetLab.nextStep', () => this.onMessage({ type: 'next' }));
    cmd('daemonsetLab.resetProgress', () => this.resetProgress());
    cmd('daemonsetLab.lessonKubectl', () => this.openTerminal());
    this._register(vscode.window.registerWebviewPanelSerializer(lessonViewType, { deserializeWebviewPanel: (panel, state) => this.restore(panel, state) }));
    cmd('daemonsetLab.test.lessonState', () => this.testState());
    this._register(vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document); }));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.session?.documents.delete(d.uri.toString())));
    this._register(vscode.languages.onDidChangeDiagnostics((e) => {
      if (this.session && e.uris.some((u) => this.session?.fileOf(u))) void this.evaluate();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('daemonsetLab.language')) { this.tree.refresh(); void this.render(); }
    }));
    this._register({ dispose: () => { for (const t of this.timers.values()) clearTimeout(t); this.view?.dispose(); } });
  }

  private async testState(): Promise<LessonTestState> {
    await this.loaded;
    return {
      lessons: this.lessons.map((l) => l.id), problems: this.problems, lessonId: this.session?.lesson.id, selected: this.session ? this.selected : undefined,
      done: this.session ? this.progress.done(this.session.lesson.id) : [], documents: [...(this.session?.documents.keys() ?? [])], viewOpen: !!this.view,
      pods: (this.session?.run.sim.pods() ?? []).map((p) => `${p.metadata?.name ?? ''} ${p.spec?.nodeName ?? ''}`),
    };
  }

  /** Opens a lesson (default: the first unfinished one) in the lesson view and its starter as an untitled document. */
  private async open(id?: string, stepId?: string): Promise<{ lessonId: string; document?: string } | undefined> {
    await this.loaded;
    const lesson = this.lessons.find((l) => l.id === id) ?? this.lessons.find((l) => !this.progress.isComplete(l)) ?? this.lessons[0];
    if (!lesson) {
      void vscode.window.showErrorMessage(s('noLessons'));
      return undefined;
    }
    if (this.session?.lesson.id !== lesson.id) {
      this.session = new LessonSession(lesson);
      this.hints.clear();
      this.solutions.clear();
      this.applyProblems = [];
    }
    const stepIndex = lesson.steps.findIndex((st) => st.id === stepId);
    this.selected = stepIndex >= 0 ? stepIndex : this.firstOpenStep();
    const doc = await this.openStarter(false);
    this.showView();
    await this.render();
    return { lessonId: lesson.id, document: doc?.uri.toString() };
  }

  /**
   * After a reload VS Code brings the lesson view back: show the same lesson on a fresh lesson cluster, at its first
   * step not passed yet. (The untitled documents VS Code restores are not linked to the lesson: "Open starter" opens one.)
   */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    await this.loaded;
    const lesson = this.lessons.find((l) => l.id === lessonIdOfState(state));
    if (!lesson || this.view) {
      panel.dispose();
      return;
    }
    this.session = new LessonSession(lesson);
    this.selected = this.firstOpenStep();
    this.view = new LessonView(this.context.extensionUri, (m) => void this.onMessage(m), () => { this.view = undefined; }, panel);
    await this.render();
  }

  private firstOpenStep(): number {
    if (!this.session) return 0;
    const done = this.progress.done(this.session.lesson.id);
    const i = this.session.lesson.steps.findIndex((st) => !done.includes(st.id));
    return i >= 0 ? i : this.session.lesson.steps.length - 1;
  }

  private get step(): LessonStep | undefined {
    return this.session?.lesson.steps[this.selected];
  }

  private showView(): void {
    if (this.view) {
      this.view.reveal();
      return;
    }
    this.view = new LessonView(this.context.extensionUri, (m) => void this.onMessage(m), () => { this.view = undefined; });
  }

  /** Opens a lesson file as an untitled YAML document the lesson tracks (a lesson never writes a user's file). */
  private async openUntitled(file: string, content: string): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
    this.session?.documents.set(doc.uri.toString(), file);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    if (this.session) this.applyProblems = this.session.applyText(file, content);
    await this.evaluate();
    return doc;
  }

  /** Shows the current step's starter, opening it when no open document stands for it (or `force`). */
  private async openStarter(force: boolean): Promise<vscode.TextDocument | undefined> {
    const session = this.session;
    if (!session) return undefined;
    const file = this.step?.file ?? session.lesson.starter[0];
    if (!file) return undefined;
    const existing = vscode.workspace.textDocuments.find((d) => !d.isClosed && session.fileOf(d.uri) === file);
    if (existing && !force) {
      await vscode.window.showTextDocument(existing, { viewColumn: vscode.ViewColumn.One, preview: false });
      return existing;
    }
    return this.openUntitled(file, session.lesson.files[file] ?? '');
  }

  private async onMessage(m: LessonViewMessage): Promise<void> {
    const session = this.session;
    const step = this.step;
    if (!session || !step) return;
    switch (m.type) {
      case 'openStarter':
        await this.openStarter(false);
        return;
      case 'kubectl':
        this.openTerminal();
        return;
      case 'hint':
        if (this.hints.has(step.id)) this.hints.delete(step.id);
        else this.hints.add(step.id);
        break;
      case 'solution':
        this.solutions.add(step.id);
        if (step.solution.file) {
          await this.openUntitled(step.file ?? session.lesson.starter[0] ?? step.solution.file, session.lesson.files[step.solution.file] ?? '');
        } else {
          session.runStepActions(step);
          await this.evaluate();
        }
        break;
      case 'reset':
        session.reset();
        this.hints.clear();
        this.solutions.clear();
        this.applyProblems = [];
        await this.progress.set(session.lesson.id, []);
        this.selected = 0;
        await this.render();
        await this.openStarter(true);
        return;
      case 'next':
        if (this.selected < session.lesson.steps.length - 1) this.selected++;
        else {
          const next = this.lessons.find((l) => l.order > session.lesson.order);
          if (next) { await this.open(next.id); return; }
        }
        break;
      case 'selectStep':
        if (m.index < session.lesson.steps.length) this.selected = m.index;
        break;
    }
    await this.render(true);
  }

  /** A kubectl terminal on the active lesson's cluster. */
  private openTerminal(): vscode.Terminal | undefined {
    if (!this.session) return undefined;
    const pty = new LessonKubectlPty(() => this.session, () => void this.evaluate());
    const terminal = vscode.window.createTerminal({ name: `kubectl (${s('lesson')})`, pty, iconPath: new vscode.ThemeIcon('terminal') });
    terminal.show();
    return terminal;
  }

  private schedule(doc: vscode.TextDocument): void {
    const file = this.session?.fileOf(doc.uri);
    if (!file) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed || !this.session || this.session.fileOf(doc.uri) !== file) return;
      this.applyProblems = this.session.applyText(file, doc.getText());
      void this.evaluate();
    }, debounceMs));
  }

  /** Evaluates the checks, saves new ticks, and moves the view to the first step not passed yet. */
  private async evaluate(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const before = this.progress.done(session.lesson.id);
    let after: string[];
    try {
      after = session.evaluate(before);
    } catch (e) {
      this.applyProblems = [e instanceof Error ? e.message : String(e)];
      after = before;
    }
    if (after.length !== before.length) {
      const current = this.step;
      if (current && after.includes(current.id)) {
        const open = session.lesson.steps.findIndex((st) => !after.includes(st.id));
        this.selected = open >= 0 ? open : session.lesson.steps.length - 1;
      }
      await this.progress.set(session.lesson.id, after);
    }
    await this.render();
  }

  private async render(restoreFocus = false): Promise<void> {
    if (!this.view || !this.session) return;
    await this.view.render({
      lesson: this.session.lesson, done: this.progress.done(this.session.lesson.id), selected: this.selected,
      hints: this.hints, solutions: this.solutions, problems: this.applyProblems,
    }, restoreFocus);
  }

  private async resetProgress(): Promise<void> {
    await this.progress.resetAll();
    this.session?.reset();
    this.hints.clear();
    this.solutions.clear();
    this.selected = 0;
    await this.render();
    void vscode.window.showInformationMessage(s('resetDone'));
  }
}
