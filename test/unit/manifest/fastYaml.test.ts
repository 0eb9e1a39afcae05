/**
 * The fast reader for plain block YAML (src/core/manifest/fastYaml.ts) against the `yaml` package: the same
 * documents (spans, values, node kinds) wherever it answers, and no answer for what it leaves to `yaml`. The fuzz
 * suite compares both on tens of thousands of mutated manifests as well.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readSimpleDocument, resolvePlain } from '../../../src/core/manifest/fastYaml';
import { parseWithYaml, parseYamlDocuments } from '../../../src/core/manifest/yamlAst';

const root = join(__dirname, '..', '..', '..', '..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...yamlFiles(join(dir, e.name)));
    else if (/\.ya?ml$/.test(e.name)) out.push(join(dir, e.name));
  }
  return out;
}

const read = (text: string) => readSimpleDocument(text, 0, text.length);

suite('manifest: the fast YAML reader', () => {
  test('every fixture, lesson and conformance file reads as `yaml` reads it', () => {
    const files = [...yamlFiles(join(root, 'test')), ...yamlFiles(join(root, 'lessons')), ...yamlFiles(join(root, '..', 'shared', 'conformance'))];
    assert.ok(files.length > 40, `${files.length} files`);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.deepStrictEqual(parseYamlDocuments(text), parseWithYaml(text), f);
    }
  });

  test('the manifests of the fixtures take the fast path (flow lists, quotes, comments, nested lists)', () => {
    for (const f of ['fluentd-seed000.yaml', 'large-150.yaml']) {
      const text = readFileSync(join(root, 'test', 'fixtures', 'daemonsets', f), 'utf8');
      const doc = read(text);
      assert.ok(doc, f);
      assert.deepStrictEqual([doc], parseWithYaml(text), f);
    }
  });

  test('CRLF line ends take the fast path too', () => {
    const text = readFileSync(join(root, 'test', 'fixtures', 'daemonsets', 'large-150.yaml'), 'utf8').replace(/\n/g, '\r\n');
    const doc = read(text);
    assert.ok(doc);
    assert.deepStrictEqual([doc], parseWithYaml(text));
  });

  test('a file of 2,000 documents reads the same, document by document', () => {
    const one = readFileSync(join(root, 'test', 'fixtures', 'daemonsets', 'fluentd-seed000.yaml'), 'utf8');
    const text = `# header\n---\n${Array.from({ length: 2000 }, (_, i) => one.replace('name: fluentd-elasticsearch\n', `name: ds-${i}\n`)).join('---\n')}`;
    const docs = parseYamlDocuments(text);
    assert.equal(docs.length, 2000);
    assert.deepStrictEqual(docs, parseWithYaml(text));
  });

  test('what it leaves to `yaml`: anchors, tags, block and multi-line scalars, escapes, tabs, odd indentation, duplicate keys', () => {
    const declined = [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  text\n', 'a: >-\n  text\n', 'a: one\n  two\n', 'a: "x\\ny"\n',
      'a: [1,\n  2]\n', 'a:\n\tb: 1\n', 'a: 1\rb: 2\r', 'a:\n    b: 1\n   c: 2\n', 'a: 1\na: 2\n', 'a: b: c\n',
      '? a\n: b\n', '- - a\n', '<<: {a: 1}\n', 'a: [1, 2,]\n', '"a" : 1\n', 'a: 1\n  # c\n', 'a:\n# c\nb: 1\n', 'just text\n',
    ];
    for (const text of declined) {
      assert.equal(read(text), undefined, JSON.stringify(text));
      assert.deepStrictEqual(parseYamlDocuments(text), parseWithYaml(text), JSON.stringify(text));
    }
  });

  test('spans: keys, plain and quoted scalars, flow collections, empty values, block collections to their line ends', () => {
    const text = '# c\nkind: DaemonSet\nmetadata:\n  labels: {app: "a b", tier: 2}\n  empty:\nspec:\n- x: [1, \'it\'\'s\']\n  y: ~\n';
    const doc = read(text);
    assert.ok(doc);
    assert.deepStrictEqual([doc], parseWithYaml(text));
    assert.deepEqual(doc.value, { kind: 'DaemonSet', metadata: { labels: { app: 'a b', tier: 2 }, empty: null }, spec: [{ x: [1, "it's"], y: null }] });
    assert.equal(doc.span.start, 4);
  });

  test('plain scalars resolve as the YAML 1.2 core schema of `yaml` resolves them', () => {
    const samples = ['1', '-1', '+1', '007', '0o17', '0x1F', '0x', '1.5', '1.', '.5', '1e3', '-1.5E-3', '.inf', '-.Inf', '.nan', '.NaN', 'nan',
      'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'null', 'Null', 'NULL', '~', 'nil', '1_000', '12:30', '1.2.3',
      '10%', '100m', '200Mi', 'v1', 'apps/v1', '+', '.', '0b101', '1e', 'e3', '0o8', '09', '-0', '+.5'];
    for (const s of samples) assert.deepStrictEqual(resolvePlain(s), parse(`x: ${s}\n`).x, s);
  });
});
