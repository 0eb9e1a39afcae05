import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLesson } from '../../../src/core/lessons/loadLesson';
import { lessonFolders, lessonsDir, loadAllLessons, readLessonFolder } from './lessonFiles';
import type { Lesson, Localized } from '../../../src/core/lessons/lessonFormat';

function texts(lesson: Lesson): [string, Localized][] {
  const out: [string, Localized][] = [['title', lesson.title], ['summary', lesson.summary], ['body', lesson.body]];
  lesson.steps.forEach((s) => {
    out.push([`${s.id}.title`, s.title], [`${s.id}.instruction`, s.instruction], [`${s.id}.hint`, s.hint]);
  });
  lesson.quiz.forEach((q, i) => {
    out.push([`quiz${i}.question`, q.question], [`quiz${i}.explanation`, q.explanation]);
    q.choices.forEach((c, j) => out.push([`quiz${i}.choice${j}`, c]));
  });
  return out;
}

suite('lessons: every lesson folder', () => {
  test('there are at least 11 lessons, numbered 01.. without gaps', () => {
    const folders = lessonFolders();
    assert.ok(folders.length >= 11, `only ${folders.length} lessons`);
    folders.forEach((f, i) => assert.equal(f.slice(0, 2), String(i + 1).padStart(2, '0')));
  });

  for (const folder of lessonFolders()) {
    test(`${folder} parses and validates`, () => {
      const r = parseLesson(readLessonFolder(path.join(lessonsDir, folder)));
      assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => `${e.file} ${e.field}: ${e.message}`).join('\n'));
      assert.equal(r.lesson.id, folder.slice(3), 'id must equal the folder slug');
      assert.equal(r.lesson.order, Number(folder.slice(0, 2)), 'order must equal the folder number');
    });

    test(`${folder} has English and Korean for every text`, () => {
      const lesson = parseLesson(readLessonFolder(path.join(lessonsDir, folder)));
      assert.ok(lesson.ok);
      for (const [name, t] of texts(lesson.lesson)) {
        assert.ok(t.en.trim().length > 0 && t.ko.trim().length > 0, `${name}: both languages`);
        if (t.ko !== t.en || /\s/.test(t.ko)) assert.match(t.ko, /[\uac00-\ud7a3]/, `${name}: Korean text is Korean`);
        if (t.en.length > 12 && /\s/.test(t.en)) assert.notEqual(t.en, t.ko, `${name}: Korean is not a copy of English`);
      }
    });
  }

  test('lesson ids are unique and the README lists every lesson in both languages', () => {
    const all = loadAllLessons();
    assert.equal(new Set(all.map((l) => l.lesson.id)).size, all.length);
    const readme = fs.readFileSync(path.join(lessonsDir, 'README.md'), 'utf8');
    const [en, ko] = readme.split(/^## 한국어/m);
    assert.ok(ko, 'README has a Korean section (## 한국어)');
    for (const { folder, lesson } of all) {
      assert.ok(en.includes(`(${folder}/)`), `README (en) links ${folder}`);
      assert.ok(ko.includes(`(${folder}/)`), `README (ko) links ${folder}`);
      assert.ok(en.includes(lesson.title.en), `README (en) has the title of ${folder}`);
      assert.ok(ko.includes(lesson.title.ko), `README (ko) has the title of ${folder}`);
    }
  });

  test('every manifest file in a lesson folder is referenced by a starter or a solution', () => {
    for (const { folder, lesson } of loadAllLessons()) {
      const used = new Set(lesson.starter);
      for (const s of lesson.steps) {
        if (s.solution.file) used.add(s.solution.file);
        for (const a of [...(s.solution.actions ?? []), ...(s.actions ?? [])]) if (typeof a.apply === 'string') used.add(a.apply);
        for (const line of s.solution.kubectl ?? []) for (const m of line.matchAll(/-f\s+(\S+)/g)) used.add(m[1]);
      }
      for (const name of Object.keys(lesson.files).filter((n) => /\.ya?ml$/.test(n) && n !== 'lesson.yaml')) {
        assert.ok(used.has(name) || /^(service|example)/.test(name), `${folder}/${name} is not used by any step`);
      }
    }
  });
});
