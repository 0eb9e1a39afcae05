/** Parses every lesson folder at once: sorted lessons plus problems naming the folder, file and field. */
import { parseLesson } from './loadLesson';
import type { Lesson } from './lessonFormat';

export interface LessonSet {
  lessons: Lesson[];
  /** `NN-slug/file field: message` lines; a folder with problems is left out of `lessons`. */
  problems: string[];
}

/** `folders` maps a folder name (`01-what-is-a-daemonset`) to its files (name → text). */
export function parseLessonSet(folders: Record<string, Record<string, string>>): LessonSet {
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const folder of Object.keys(folders).sort()) {
    const r = parseLesson(folders[folder]);
    if (!r.ok) {
      problems.push(...r.errors.map((e) => `${folder}/${e.file}${e.field ? ` ${e.field}` : ''}: ${e.message}`));
      continue;
    }
    const m = /^(\d+)-(.+)$/.exec(folder);
    if (m && (Number(m[1]) !== r.lesson.order || m[2] !== r.lesson.id)) {
      problems.push(`${folder}/lesson.yaml id, order: expected id "${m[2]}" and order ${Number(m[1])} from the folder name`);
    }
    const clash = lessons.find((l) => l.id === r.lesson.id || l.order === r.lesson.order);
    if (clash) problems.push(`${folder}/lesson.yaml id, order: "${r.lesson.id}" (${r.lesson.order}) clashes with "${clash.id}" (${clash.order})`);
    else lessons.push(r.lesson);
  }
  lessons.sort((a, b) => a.order - b.order);
  return { lessons, problems };
}
