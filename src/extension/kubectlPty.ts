import * as vscode from 'vscode';
import type { Simulation } from '../core/sim/api';
import { completeKubectl } from '../core/kubectl/index';
import { LineEditor } from '../core/terminal/lineEditor';

/** Output lines for the terminal: LF → CRLF. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * A simulated kubectl prompt in a Pseudoterminal: line editing, history and tab completion (LineEditor), commands
 * run one after another, `exit`/`logout` close, `clear` clears. Subclasses say hello and run a command line.
 */
export abstract class KubectlPromptPty implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  readonly onDidWrite = this.writeEmitter.event;
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidClose = this.closeEmitter.event;
  private readonly editor: LineEditor;
  private busy: Promise<void> = Promise.resolve();

  /** `sim()` is the cluster that completion looks at (undefined: no completion). */
  constructor(prompt: string, sim: () => Simulation | undefined) {
    this.editor = new LineEditor(prompt, (before) => {
      const s = sim();
      return s ? completeKubectl(s, before.startsWith('kubectl') ? before : `kubectl ${before}`) : [];
    });
  }

  /** The text shown when the terminal opens. */
  protected abstract greeting(): string;
  /** Runs one non-empty command line (not exit/logout/clear). */
  protected abstract execute(line: string): Promise<void> | void;

  open(): void {
    this.write(this.greeting());
    this.writeEmitter.fire(this.editor.redraw());
  }

  close(): void {
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }

  handleInput(data: string): void {
    const out = this.editor.feed(data);
    if (out.write) this.writeEmitter.fire(out.write);
    for (const line of out.submitted) this.busy = this.busy.then(() => this.run(line));
  }

  /** Writes text (LF → CRLF); `error` in red. */
  protected write(text: string, error = false): void {
    if (text) this.writeEmitter.fire(error ? `\x1b[31m${crlf(text)}\x1b[0m` : crlf(text));
  }

  private async run(line: string): Promise<void> {
    const trimmed = line.trim();
    if (trimmed === 'exit' || trimmed === 'logout') { this.closeEmitter.fire(0); return; }
    if (trimmed === 'clear') { this.writeEmitter.fire('\x1b[2J\x1b[H' + this.editor.redraw()); return; }
    try {
      if (trimmed !== '') await this.execute(trimmed);
    } catch (err) {
      this.write(`error: ${err instanceof Error ? err.message : String(err)}\n`, true);
    }
    this.writeEmitter.fire(this.editor.redraw());
  }
}
