import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import { formatVerification, verifyLesson, checkStep, type Diagnose } from '../../../src/core/lessons/verify';
import { startLessonRun, runSolution, applyFile } from '../../../src/core/lessons/driver';
import type { Lesson } from '../../../src/core/lessons/lessonFormat';
import { lintDiagnose, isProblemCode } from '../../../src/core/lessons/diagnose';
import { loadAllLessons } from './lessonFiles';

/** A copy of a lesson whose file `name` is replaced (e.g. a deliberately broken solution). */
function withFile(lesson: Lesson, name: string, text: string): Lesson {
  return { ...lesson, files: { ...lesson.files, [name]: text } };
}

function lessonById(id: string): Lesson {
  const found = loadAllLessons().find((l) => l.lesson.id === id);
  assert.ok(found, `lesson ${id}`);
  return found.lesson;
}

suite('lessons: verifyLesson replays every lesson in the simulator', () => {
  for (const { folder, lesson } of loadAllLessons()) {
    test(`${folder}: the starter fails step 1, every solution passes its step`, () => {
      const v = verifyLesson(lesson, createSimulation, lintDiagnose);
      assert.ok(v.passed, formatVerification(v));
      assert.equal(v.steps.length, lesson.steps.length);
    });
  }
});

suite('lessons: broken solutions are caught', () => {
  test('a solution that keeps the selector mismatch fails the fix-selector step', () => {
    const lesson = lessonById('required-fields');
    const broken = withFile(lesson, 'solution-2.yaml', lesson.files['solution-1.yaml']);
    const v = verifyLesson(broken, createSimulation);
    assert.equal(v.passed, false);
    const step = v.steps.find((s) => s.id === 'fix-selector');
    assert.ok(step && !step.passed, formatVerification(v));
    assert.ok(step.failures.some((f) => f.key === 'accepted'), formatVerification(v));
  });

  test('forgetting the control-plane toleration fails the taints lesson on the control-plane node', () => {
    const lesson = lessonById('taints-and-tolerations');
    const broken = withFile(lesson, 'solution-1.yaml', lesson.files['start.yaml']);
    const v = verifyLesson(broken, createSimulation);
    assert.equal(v.passed, false);
    const step = v.steps.find((s) => s.id === 'control-plane');
    assert.ok(step && !step.passed && step.failures.some((f) => f.key.startsWith('pods')), formatVerification(v));
  });

  test('maxSurge without maxUnavailable: 0 fails the surge step', () => {
    const lesson = lessonById('rolling-update');
    const broken = withFile(lesson, 'solution-5.yaml', lesson.files['solution-4.yaml']);
    const v = verifyLesson(broken, createSimulation);
    const step = v.steps.find((s) => s.id === 'surge');
    assert.ok(step && !step.passed && step.failures.some((f) => f.key === 'accepted'), formatVerification(v));
  });

  test('a starter that already solves step 1 is reported', () => {
    const lesson = lessonById('some-nodes');
    const tooEasy = withFile(lesson, 'start.yaml', lesson.files['solution-1.yaml']);
    const v = verifyLesson(tooEasy, createSimulation);
    assert.equal(v.starterFailsFirstStep, false);
    assert.equal(v.passed, false);
    assert.match(formatVerification(v), /starter already passes/);
  });
});

suite('lessons: editor checks', () => {
  test('noErrors and diagnosticsGone use the injected diagnostics on the learner\'s current file', () => {
    const lesson = lessonById('required-fields');
    const run = startLessonRun(lesson, createSimulation);
    applyFile(run, 'start.yaml');
    const seen: string[] = [];
    const diagnose: Diagnose = (file, text) => {
      seen.push(file);
      return /kind: Replicaset/.test(text) ? [{ code: 'kind-near-miss', severity: 'warning' }] : [];
    };
    const [fixKind] = lesson.steps;
    const before = checkStep(run, fixKind, diagnose);
    assert.ok(before.some((f) => f.key === 'diagnosticsGone.kind-near-miss'), JSON.stringify(before));
    runSolution(run, fixKind);
    assert.deepEqual(checkStep(run, fixKind, diagnose), []);
    assert.deepEqual(seen, ['start.yaml', 'start.yaml']);
  });
});

suite('lessons: editor codes', () => {
  test('every diagnosticsGone code is a code the manifest linter reports, on a step that names its file', () => {
    for (const { folder, lesson } of loadAllLessons()) {
      for (const step of lesson.steps) {
        for (const code of step.check.diagnosticsGone ?? []) {
          assert.ok(isProblemCode(code), `${folder} ${step.id}: unknown diagnostic code ${code}`);
          assert.ok(step.file, `${folder} ${step.id}: diagnosticsGone needs the step's file`);
        }
      }
    }
  });

  test('with the real linter, a solution that keeps the invalid name fails diagnosticsGone', () => {
    const lesson = lessonById('required-fields');
    const broken = withFile(lesson, 'solution-4.yaml', lesson.files['solution-4.yaml'].replace('name: log-collector', 'name: Log_Collector'));
    const v = verifyLesson(broken, createSimulation, lintDiagnose);
    const step = v.steps.find((s) => s.id === 'fix-both');
    assert.ok(step && step.failures.some((f) => f.key === 'diagnosticsGone.invalid-name'), formatVerification(v));
  });
});
