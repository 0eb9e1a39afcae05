/** Test helper: reads the lesson folders from disk (tests may use node:fs; the core may not). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLesson } from '../../../src/core/lessons/loadLesson';
import type { Lesson } from '../../../src/core/lessons/lessonFormat';

export const lessonsDir = path.resolve(__dirname, '../../../../lessons');

/** Reads one lesson folder into the file map parseLesson takes. */
export function readLessonFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) files[name] = fs.readFileSync(p, 'utf8');
  }
  return files;
}

export function lessonFolders(): string[] {
  return fs.readdirSync(lessonsDir).filter((n) => /^\d\d-[a-z0-9-]+$/.test(n)).sort();
}

export function loadAllLessons(): { folder: string; lesson: Lesson }[] {
  return lessonFolders().map((folder) => {
    const r = parseLesson(readLessonFolder(path.join(lessonsDir, folder)));
    if (!r.ok) throw new Error(`${folder}: ${r.errors.map((e) => `${e.file} ${e.field}: ${e.message}`).join('; ')}`);
    return { folder, lesson: r.lesson };
  });
}

