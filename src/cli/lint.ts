/**
 * `daemonset-lab lint FILE... [--json] [--lang en|ko]`: the editor's DaemonSet diagnostics on the command line.
 * Prints `file:line:col severity code message` (1-based) and exits 1 when any error is found, 2 on usage errors.
 */
import { lintManifest } from '../core/manifest/lintManifest';
import type { Lang } from '../core/manifest/problemCodes';

export interface LintIo {
  readFile(path: string): string | undefined;
  write(stream: 'stdout' | 'stderr', text: string): void;
}

export interface LintRecord {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: string; code: string; message: string; path: string;
}

/** 1-based line/column of an offset. */
function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/** Lints one text into records. */
export function lintRecords(file: string, text: string, lang: Lang): LintRecord[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return lintManifest(text, { lang }).map((p) => {
    const s = position(lineStarts, p.start);
    const e = position(lineStarts, p.end);
    return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, severity: p.severity, code: p.code, message: p.message, path: p.path };
  });
}

export function lintCli(args: string[], io: LintIo): number {
  let json = false;
  let lang: Lang = 'en';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--lang') {
      const v = args[++i];
      if (v !== 'en' && v !== 'ko') { io.write('stderr', 'daemonset-lab lint: --lang must be en or ko\n'); return 2; }
      lang = v;
    } else if (a === '-h' || a === '--help') {
      io.write('stdout', 'usage: daemonset-lab lint FILE... [--json] [--lang en|ko]\n');
      return 0;
    } else if (a.startsWith('-')) { io.write('stderr', `daemonset-lab lint: unknown option ${a}\n`); return 2; }
    else files.push(a);
  }
  if (files.length === 0) { io.write('stderr', 'usage: daemonset-lab lint FILE... [--json] [--lang en|ko]\n'); return 2; }
  const records: LintRecord[] = [];
  let status = 0;
  for (const f of files) {
    const text = io.readFile(f);
    if (text === undefined) { io.write('stderr', `daemonset-lab lint: cannot read ${f}\n`); status = 2; continue; }
    records.push(...lintRecords(f, text, lang));
  }
  if (json) io.write('stdout', JSON.stringify(records, null, 2) + '\n');
  else for (const r of records) io.write('stdout', `${r.file}:${r.line}:${r.column} ${r.severity} ${r.code} ${r.message}\n`);
  if (status === 0 && records.some((r) => r.severity === 'error')) status = 1;
  return status;
}
