import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseLesson } from '../../../src/core/lessons/loadLesson';
import { parseLessonSet } from '../../../src/core/lessons/lessonSet';
import { lessonFolders, lessonsDir, readLessonFolder } from './lessonFiles';

const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: "agent:1.0"}]}
`;

function lessonYaml(extra = '', step = ''): string {
  return `id: tiny
order: 1
title: {en: Tiny, ko: 작은 강의}
summary: {en: A tiny lesson, ko: 아주 작은 강의입니다}
starter: start.yaml
nodes:
  - name: worker-1
    labels: {kubernetes.io/hostname: worker-1}
${extra}steps:
  - id: apply
    title: {en: Apply, ko: 적용하기}
    instruction: {en: Apply it, ko: 적용하세요}
    hint: {en: Use kubectl apply, ko: kubectl apply를 쓰세요}
    solution: {file: start.yaml, templateId: A}
    check: {accepted: true, pods: {agent: {worker-1: ["A:Ready"]}}}
${step}`;
}

function files(yaml: string, more: Record<string, string> = {}): Record<string, string> {
  return { 'lesson.yaml': yaml, 'lesson.en.md': '# Tiny', 'lesson.ko.md': '# 작은 강의', 'start.yaml': manifest, ...more };
}

function errorsOf(f: Record<string, string>): string[] {
  const r = parseLesson(f);
  assert.equal(r.ok, false, 'expected errors');
  return r.ok ? [] : r.errors.map((e) => `${e.file} ${e.field}: ${e.message}`);
}

suite('lessons: parseLesson', () => {
  test('a minimal valid lesson parses with defaults', () => {
    const r = parseLesson(files(lessonYaml()));
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.errors));
    assert.equal(r.lesson.namespace, 'default');
    assert.equal(r.lesson.readiness, 'auto');
    assert.equal(r.lesson.deletion, 'instant');
    assert.deepEqual(r.lesson.starter, ['start.yaml']);
    assert.equal(r.lesson.steps[0].solution.templateId, 'A');
    assert.deepEqual(r.lesson.nodes[0], { name: 'worker-1', labels: { 'kubernetes.io/hostname': 'worker-1' } });
  });

  test('missing lesson.yaml and YAML syntax errors name the file', () => {
    assert.deepEqual(errorsOf({}), ['lesson.yaml : missing lesson.yaml']);
    const errs = errorsOf(files('id: [unclosed'));
    assert.ok(errs[0].startsWith('lesson.yaml line'), errs[0]);
  });

  test('a missing Korean text is reported at its field', () => {
    const errs = errorsOf(files(lessonYaml().replace('title: {en: Tiny, ko: 작은 강의}', 'title: {en: Tiny}')));
    assert.deepEqual(errs, ['lesson.yaml title.ko: required']);
  });

  test('Korean text without Hangul is rejected', () => {
    const errs = errorsOf(files(lessonYaml().replace('ko: 적용하세요', 'ko: Apply it')));
    assert.deepEqual(errs, ['lesson.yaml steps[0].instruction.ko: Korean text contains no Hangul']);
  });

  test('unknown keys, unknown check keys and unknown actions are errors', () => {
    const step = `  - id: two
    title: {en: Two, ko: 둘째}
    instruction: {en: Do it, ko: 하세요}
    hint: {en: Hint, ko: 힌트}
    colour: red
    solution: {actions: [{explode: worker-1}]}
    check: {podz: 3}
`;
    const errs = errorsOf(files(lessonYaml('', step)));
    assert.ok(errs.some((e) => e.startsWith('lesson.yaml steps[1].colour: unknown key')), errs.join('\n'));
    assert.ok(errs.some((e) => e.startsWith('lesson.yaml steps[1].check.podz: unknown key')), errs.join('\n'));
    assert.ok(errs.some((e) => e.startsWith('lesson.yaml steps[1].solution.actions[0]: needs exactly one action key')), errs.join('\n'));
  });

  test('a solution file that is not in the folder, or is not valid YAML, is reported', () => {
    const missing = errorsOf(files(lessonYaml().replace('file: start.yaml, templateId', 'file: nope.yaml, templateId')));
    assert.deepEqual(missing, ['lesson.yaml steps[0].solution.file: file "nope.yaml" is not in the lesson folder']);
    const broken = errorsOf(files(lessonYaml(), { 'start.yaml': 'kind: [' }));
    assert.ok(broken.every((e) => e.startsWith('start.yaml line')), broken.join('\n'));
  });

  test('diagnosticsGone names codes the manifest linter reports', () => {
    const y = lessonYaml().replace('check: {accepted: true,', 'check: {diagnosticsGone: [selector-template-mismatch, no-such-code], accepted: true,');
    assert.deepEqual(errorsOf(files(y)),
      ['lesson.yaml steps[0].check.diagnosticsGone[1]: "no-such-code" is not a diagnostic code of src/core/manifest/problemCodes.ts']);
  });

  test('a snapshot must be taken by an earlier step', () => {
    const step = `  - id: two
    title: {en: Two, ko: 둘째}
    instruction: {en: Do it, ko: 하세요}
    hint: {en: Hint, ko: 힌트}
    solution: {actions: [{deletePod: {ds: agent, node: worker-1}}]}
    check: {podsDifferFromSnapshot: {agent: before}}
`;
    assert.deepEqual(errorsOf(files(lessonYaml('', step))),
      ['lesson.yaml steps[1].check.podsDifferFromSnapshot.agent: no earlier step takes snapshot "before"']);
  });

  test('kubectl lines are written without the word kubectl; node taints need a known effect', () => {
    const y = lessonYaml().replace('solution: {file: start.yaml, templateId: A}', 'solution: {kubectl: ["kubectl apply -f start.yaml"]}')
      .replace('labels: {kubernetes.io/hostname: worker-1}', 'taints: [{key: a, effect: NoRun}]');
    const errs = errorsOf(files(y));
    assert.ok(errs.includes('lesson.yaml steps[0].solution.kubectl[0]: write the command without the word "kubectl"'), errs.join('\n'));
    assert.ok(errs.includes('lesson.yaml nodes[0].taints[0].effect: must be one of NoSchedule, PreferNoSchedule, NoExecute'), errs.join('\n'));
  });

  test('quiz answers must index a choice and reading material must exist in both languages', () => {
    const quiz = `quiz:
  - question: {en: Q?, ko: 질문?}
    choices: [{en: A, ko: 가}, {en: B, ko: 나}]
    answer: 2
    explanation: {en: Because, ko: 왜냐하면}
`;
    const errs = errorsOf({ ...files(lessonYaml(quiz)), 'lesson.ko.md': '' });
    assert.ok(errs.includes('lesson.yaml quiz[0].answer: must index one of the 2 choices'), errs.join('\n'));
    assert.ok(errs.includes('lesson.ko.md : missing or empty reading material'), errs.join('\n'));
  });
});

suite('lessons: parseLessonSet', () => {
  test('the real lesson folders load without problems, in order', () => {
    const folders: Record<string, Record<string, string>> = {};
    for (const f of lessonFolders()) folders[f] = readLessonFolder(path.join(lessonsDir, f));
    const set = parseLessonSet(folders);
    assert.deepEqual(set.problems, []);
    assert.deepEqual(set.lessons.map((l) => l.order), set.lessons.map((_, i) => i + 1));
  });

  test('a broken folder is reported with its name and left out; a folder name that disagrees with id/order is reported', () => {
    const good = files(lessonYaml());
    const set = parseLessonSet({ '01-tiny': good, '02-broken': { ...good, 'lesson.ko.md': '' }, '03-other': good });
    assert.deepEqual(set.lessons.map((l) => l.id), ['tiny']);
    assert.deepEqual(set.problems, [
      '02-broken/lesson.ko.md: missing or empty reading material',
      '03-other/lesson.yaml id, order: expected id "other" and order 3 from the folder name',
      '03-other/lesson.yaml id, order: "tiny" (1) clashes with "tiny" (1)',
    ]);
  });
});
