/**
 * A terminal line editor for the kubectl Pseudoterminal: insert/delete, cursor keys, Home/End, history
 * (up/down), Ctrl+C/U/L, and tab completion through an injected completer. Pure: it returns what to write.
 */

/** Completion candidates for the word under the cursor, given the text before the cursor. */
export type Completer = (lineBeforeCursor: string) => string[];

export interface EditorOutput {
  /** Text to write to the terminal (ANSI), in order. */
  write: string;
  /** Lines the user submitted with Enter, in order. */
  submitted: string[];
}

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

export class LineEditor {
  line = '';
  cursor = 0;
  private readonly history: string[] = [];
  private historyIndex = 0;
  private draft = '';

  constructor(readonly prompt: string, private readonly complete: Completer, private readonly maxHistory = 500) {}

  /** The prompt and current line, cursor placed (after output or a cleared screen). */
  redraw(): string {
    const back = this.line.length - this.cursor;
    return `\r${this.prompt}${this.line}\x1b[K${back > 0 ? `\x1b[${back}D` : ''}`;
  }

  /** Feeds raw terminal input (keys or a paste) and returns what to write plus the submitted lines. */
  feed(data: string): EditorOutput {
    const out: EditorOutput = { write: '', submitted: [] };
    let i = 0;
    while (i < data.length) {
      const seq = data[i] === '\x1b' ? /^.(\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(data.slice(i)) : null;
      if (seq) {
        out.write += this.escape(seq[1]);
        i += seq[0].length;
        continue;
      }
      const ch = data[i++];
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && data[i - 2] === '\r') continue;
        out.write += '\r\n';
        out.submitted.push(this.submit());
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.cursor > 0) { this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor); this.cursor--; }
        out.write += this.redraw();
      } else if (ch === '\t') {
        out.write += this.tab();
      } else if (ch === '\x03') {
        out.write += '^C\r\n';
        this.line = ''; this.cursor = 0; this.historyIndex = this.history.length;
        out.write += this.redraw();
      } else if (ch === '\x15') {
        this.line = this.line.slice(this.cursor); this.cursor = 0;
        out.write += this.redraw();
      } else if (ch === '\x0c') {
        out.write += '\x1b[2J\x1b[H' + this.redraw();
      } else if (ch === '\x01') {
        this.cursor = 0; out.write += this.redraw();
      } else if (ch === '\x05') {
        this.cursor = this.line.length; out.write += this.redraw();
      } else if (ch >= ' ') {
        this.line = this.line.slice(0, this.cursor) + ch + this.line.slice(this.cursor);
        this.cursor++;
        out.write += this.cursor === this.line.length ? ch : this.redraw();
      }
    }
    return out;
  }

  private escape(code: string): string {
    switch (code) {
      case '[A': case 'OA': return this.recall(-1);
      case '[B': case 'OB': return this.recall(1);
      case '[C': case 'OC': if (this.cursor < this.line.length) { this.cursor++; return '\x1b[C'; } return '';
      case '[D': case 'OD': if (this.cursor > 0) { this.cursor--; return '\x1b[D'; } return '';
      case '[H': case 'OH': case '[1~': this.cursor = 0; return this.redraw();
      case '[F': case 'OF': case '[4~': this.cursor = this.line.length; return this.redraw();
      case '[3~':
        if (this.cursor < this.line.length) this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
        return this.redraw();
      default: return '';
    }
  }

  private submit(): string {
    const line = this.line;
    if (line.trim() !== '' && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > this.maxHistory) this.history.shift();
    }
    this.historyIndex = this.history.length;
    this.line = ''; this.cursor = 0; this.draft = '';
    return line;
  }

  private recall(delta: number): string {
    const next = this.historyIndex + delta;
    if (next < 0 || next > this.history.length) return '';
    if (this.historyIndex === this.history.length) this.draft = this.line;
    this.historyIndex = next;
    this.line = next === this.history.length ? this.draft : this.history[next];
    this.cursor = this.line.length;
    return this.redraw();
  }

  private tab(): string {
    const before = this.line.slice(0, this.cursor);
    const partial = /(\S*)$/.exec(before)?.[1] ?? '';
    const candidates = this.complete(before);
    if (candidates.length === 0) return '\x07';
    const insert = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
    if (insert.length > partial.length && insert.startsWith(partial)) {
      const add = insert.slice(partial.length);
      this.line = before + add + this.line.slice(this.cursor);
      this.cursor += add.length;
      return this.redraw();
    }
    return `\r\n${candidates.join('  ')}\r\n${this.redraw()}`;
  }
}
