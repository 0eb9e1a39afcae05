import * as vscode from 'vscode';
import { completeKubectl, runKubectl } from '../../core/kubectl/index';
import { LineEditor } from '../../core/terminal/lineEditor';
import { lessonLanguage } from './lessonStrings';
import type { LessonSession } from './lessonChecks';

const prompt = '\x1b[1;36mlesson\x1b[0m \x1b[1;32mkubectl\x1b[0m$ ';
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/**
 * kubectl against the active lesson's own cluster (not the workspace cluster). `-f FILE` reads the learner's
 * current text of a lesson file (e.g. `apply -f start.yaml`). After every command the lesson re-checks its steps.
 */
export class LessonKubectlPty implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  readonly onDidWrite = this.writeEmitter.event;
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidClose = this.closeEmitter.event;
  private readonly editor: LineEditor;

  constructor(private readonly session: () => LessonSession | undefined, private readonly afterCommand: () => void) {
    this.editor = new LineEditor(prompt, (before) => {
      const s = this.session();
      return s ? completeKubectl(s.run.sim, before.startsWith('kubectl') ? before : `kubectl ${before}`) : [];
    });
  }

  open(): void {
    const title = this.session()?.lesson.title[lessonLanguage()] ?? '';
    this.writeEmitter.fire(crlf(lessonLanguage() === 'ko'
      ? `레슨 "${title}"의 가상 클러스터에서 동작하는 kubectl입니다. 예: get ds, get pods -o wide, delete pod NAME, apply -f start.yaml\n`
      : `kubectl on the virtual cluster of the lesson "${title}". Try: get ds, get pods -o wide, delete pod NAME, apply -f start.yaml\n`));
    this.writeEmitter.fire(this.editor.redraw());
  }

  close(): void {
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }

  handleInput(data: string): void {
    const out = this.editor.feed(data);
    if (out.write) this.writeEmitter.fire(out.write);
    for (const line of out.submitted) this.run(line.trim());
  }

  private run(line: string): void {
    if (line === 'exit') { this.closeEmitter.fire(0); return; }
    const session = this.session();
    if (line && session) {
      const run = session.run;
      const result = runKubectl(run.sim, line, { language: lessonLanguage(), readFile: (p) => run.fileTexts[p.replace(/^\.\//, '')] });
      run.sim.settle();
      run.lastKubectl = result;
      if (result.stdout) this.writeEmitter.fire(crlf(result.stdout));
      if (result.stderr) this.writeEmitter.fire(`\x1b[31m${crlf(result.stderr)}\x1b[0m`);
      this.afterCommand();
    }
    this.writeEmitter.fire(this.editor.redraw());
  }
}
