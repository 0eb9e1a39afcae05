/**
 * Fuzzing the editor features (issue 4): mutated real manifests (fixtures and every lesson file) and generated
 * DaemonSets with random values go through lintManifest, quickFixes, hoverAt and completionAt. Nothing may throw,
 * and every range (diagnostics, quick-fix edits, hover, completion) lies inside its document.
 * `npm test` runs 5,000 texts; `npm run test:long` 100,000.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { lintManifest } from '../../../src/core/manifest/lintManifest';
import { quickFixes } from '../../../src/core/manifest/quickFixes';
import { hoverAt } from '../../../src/core/manifest/hover';
import { completionAt } from '../../../src/core/manifest/completion';
import { parseWithYaml, parseYamlDocuments } from '../../../src/core/manifest/yamlAst';
import { numRuns, seed } from '../support/runs';

const root = join(__dirname, '..', '..', '..', '..');

function corpus(): string[] {
  const texts: string[] = [];
  const fixtures = join(root, 'test', 'fixtures', 'daemonsets');
  for (const f of readdirSync(fixtures)) if (f.endsWith('.yaml')) texts.push(readFileSync(join(fixtures, f), 'utf8'));
  const lessons = join(root, 'lessons');
  for (const d of readdirSync(lessons, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(join(lessons, d.name))) {
      if (f.endsWith('.yaml') && f !== 'lesson.yaml') texts.push(readFileSync(join(lessons, d.name, f), 'utf8'));
    }
  }
  return texts;
}

const texts = corpus();

/** Pieces of YAML syntax and values that tend to break parsers and range arithmetic. */
const tokens = [
  ': ', ':', '- ', '-', '\n', '\r\n', '  ', '\t', '"', "'", '&a ', '*a', '<<: *a\n', '!!str ', '!!int ', '!!map ', '!custom ',
  '{', '}', '[', ']', ', ', '#', ' # c', '---\n', '...\n', '? ', '|\n', '>-\n', 'null', '~', '0x1F', '1e3', '-1', '.inf',
  'true', 'yes', '"\\u00', '\\', '%YAML 1.2\n', 'kind: DaemonSet\n', 'apiVersion: apps/v1\n', 'metadata:\n  name: x\n',
  'spec:\n', 'template:\n', 'containers:\n- name: c\n  image: i\n', 'maxUnavailable: 10%', 'restartPolicy: OnFailure',
  'tolerations:\n- operator: Exists\n', '한글', '😀', '\u0000', '\ufeff', ' '.repeat(40), 'x'.repeat(300),
];

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'truncate'; at: number };

const insertText = fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }));
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertText }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: insertText }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = (n: number) => (text.length ? n % (text.length + 1) : 0);
  switch (m.op) {
    case 'delete': { const i = at(m.at); return text.slice(0, i) + text.slice(i + m.len); }
    case 'insert': { const i = at(m.at); return text.slice(0, i) + m.text + text.slice(i); }
    case 'replace': { const i = at(m.at); return text.slice(0, i) + m.text + text.slice(i + m.text.length); }
    case 'truncate': return text.slice(0, at(m.at));
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length, b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const i = m.line % lines.length;
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
  }
}

const mutatedArb = fc.tuple(fc.nat(texts.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
  .map(([i, ms]) => ms.reduce(mutate, texts[i]));

/** A real DaemonSet with random JSON values put at random paths (keys it has, or new keys). */
const structuredArb = fc.tuple(fc.nat(texts.length - 1), fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof(fc.string(), fc.constantFrom(...tokens)), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 4 }))
  .map(([i, edits]) => {
    let obj: unknown;
    try { obj = parse(texts[i].split(/^---$/m)[0]); } catch { obj = {}; }
    for (const [walk, newKey, value] of edits) {
      let node: unknown = obj;
      for (const [k, step] of walk.entries()) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        const last = k === walk.length - 1 || keys.length === 0;
        const key = keys.length ? keys[step % keys.length] : newKey;
        if (last) { (node as Record<string, unknown>)[step % 3 === 0 ? newKey : key] = value; break; }
        node = (node as Record<string, unknown>)[key];
      }
    }
    try { return stringify(obj); } catch { return texts[i]; }
  });

const textArb = fc.oneof({ weight: 3, arbitrary: mutatedArb }, { weight: 1, arbitrary: structuredArb }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });

/** Two or three texts joined as documents of one file, sometimes with comments before the first `---`. */
const multiDocArb = fc.tuple(fc.array(textArb, { minLength: 2, maxLength: 3 }), fc.constantFrom('', '# header\n', '\n# a\n  # b\n'))
  .map(([parts, head]) => head + parts.map((p, i) => (i === 0 && head ? `---\n${p}` : p)).join('\n---\n'));

function inside(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length,
    `${what}: range ${start}..${end} outside a document of ${text.length} characters`);
}

function exercise(text: string, offsets: number[], lang: 'en' | 'ko'): void {
  const problems = lintManifest(text, { lang });
  for (const p of problems) {
    inside(text, p.start, p.end, `diagnostic ${p.code}`);
    assert.ok(typeof p.message === 'string' && p.message.length > 0, `diagnostic ${p.code} has no message`);
  }
  for (const p of problems.slice(0, 8)) {
    for (const fix of quickFixes(text, p, lang)) {
      for (const e of fix.edits) inside(text, e.start, e.end, `quick fix "${fix.title}" for ${p.code}`);
    }
  }
  for (const raw of offsets) {
    const offset = raw % (text.length + 1);
    const hover = hoverAt(text, offset, lang);
    if (hover) inside(text, hover.start, hover.end, `hover at ${offset}`);
    const completion = completionAt(text, offset, lang);
    inside(text, completion.start, completion.end, `completion at ${offset}`);
  }
}

suite('manifest: fuzzing lint, quick fixes, hover and completion', function () {
  this.timeout(0);

  test(`the corpus is the fixtures and the lesson files (${texts.length} texts)`, () => {
    assert.ok(texts.length >= 10);
    assert.ok(texts.some((t) => /kind:\s*DaemonSet/.test(t)));
  });

  test(`${numRuns(10000, 400000)} generated or mutated manifests: the fast reader and \`yaml\` give the same documents`, () => {
    fc.assert(fc.property(fc.oneof(textArb, multiDocArb, textArb.map((t) => t.replace(/\n/g, '\r\n'))), (text) => {
      assert.deepStrictEqual(parseYamlDocuments(text), parseWithYaml(text));
    }), { numRuns: numRuns(10000, 400000), seed: seed() });
  });

  test(`${numRuns(5000, 100000)} generated or mutated manifests: nothing throws, every range is inside its document`, () => {
    fc.assert(fc.property(textArb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom<'en' | 'ko'>('en', 'ko'), (text, offsets, lang) => {
      exercise(text, offsets, lang);
    }), { numRuns: numRuns(5000, 100000), seed: seed() });
  });
});
