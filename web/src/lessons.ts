/** The lessons of lessons/NN-slug/, bundled as text at build time and parsed by the same core loader the extension uses. */
import { parseLesson } from '../../src/core/lessons/loadLesson';
import type { Lesson } from '../../src/core/lessons/lessonFormat';

const raw = import.meta.glob('../../lessons/*/*.{yaml,md}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface LoadedLessons {
  lessons: Lesson[];
  problems: string[];
}

export function loadLessons(): LoadedLessons {
  const folders = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(raw)) {
    const m = /lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const files = folders.get(m[1]) ?? {};
    files[m[2]] = text;
    folders.set(m[1], files);
  }
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const [folder, files] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseLesson(files);
    if (result.ok) lessons.push(result.lesson);
    else problems.push(...result.errors.map((e) => `${folder}/${e.file} ${e.field}: ${e.message}`));
  }
  lessons.sort((a, b) => a.order - b.order);
  return { lessons, problems };
}
