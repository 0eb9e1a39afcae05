/**
 * `daemonset-lab lessons verify [DIR] [--json]`: replays every lesson in DIR (default: the lessons shipped with the
 * package): its starter must fail the first step's check, each step's solution must pass its check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseLessonSet } from '../core/lessons/lessonSet';
import { formatVerification, verifyLesson } from '../core/lessons/verify';
import { lintDiagnose } from '../core/lessons/diagnose';
import { createSimulation } from '../core/sim/simulation';

export const lessonsUsage = 'usage: daemonset-lab lessons verify [DIR] [--json]\n';

function readFolders(dir: string): Record<string, Record<string, string>> {
  const folders: Record<string, Record<string, string>> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const files: Record<string, string> = {};
    for (const f of readdirSync(path)) if (statSync(join(path, f)).isFile()) files[f] = readFileSync(join(path, f), 'utf8');
    folders[name] = files;
  }
  return folders;
}

export function lessonsCli(args: string[], defaultDir: string, write: (stream: 'stdout' | 'stderr', text: string) => void): number {
  const [sub, ...rest] = args;
  if (sub !== 'verify') {
    write(sub === '--help' || sub === '-h' ? 'stdout' : 'stderr', lessonsUsage);
    return sub === '--help' || sub === '-h' ? 0 : 2;
  }
  const json = rest.includes('--json');
  const dir = rest.find((a) => !a.startsWith('--')) ?? defaultDir;
  if (!existsSync(dir)) {
    write('stderr', `daemonset-lab lessons: no lessons folder at ${dir}\n`);
    return 2;
  }
  const set = parseLessonSet(readFolders(dir));
  const results = set.lessons.map((lesson) => verifyLesson(lesson, createSimulation, lintDiagnose));
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed + set.problems.length;
  if (json) {
    write('stdout', `${JSON.stringify({ lessons: results, problems: set.problems, passed, failed }, null, 2)}\n`);
  } else {
    for (const p of set.problems) write('stdout', `FAIL ${p}\n`);
    for (const r of results) write('stdout', `${formatVerification(r)}\n`);
    write('stdout', `${passed} passed, ${failed} failed\n`);
  }
  return failed ? 1 : 0;
}
