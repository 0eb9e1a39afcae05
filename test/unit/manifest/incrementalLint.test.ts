import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IncrementalLinter, splitYamlDocuments } from '../../../src/core/manifest/incrementalLint';
import { lintManifest } from '../../../src/core/manifest/lintManifest';
import { numRuns, seed } from '../support/runs';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'daemonsets');
const docs = ['fluentd-seed000.yaml', 'seven-errors.yaml', 'large-150.yaml'].map((f) => readFileSync(join(fixtures, f), 'utf8'));
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  key: value\n';

suite('manifest: incremental re-validation', function () {
  this.timeout(0);

  test('documents are cut at --- lines; directives and ... markers keep the text whole', () => {
    assert.deepEqual(splitYamlDocuments('a: 1\n---\nb: 2\n--- # c\nc: 3'), [{ start: 0, text: 'a: 1\n' }, { start: 5, text: '---\nb: 2\n' }, { start: 14, text: '--- # c\nc: 3' }]);
    assert.equal(splitYamlDocuments('%YAML 1.2\n---\na: 1\n'), undefined);
    assert.equal(splitYamlDocuments('a: 1\n...\n---\nb: 2\n'), undefined);
    assert.equal(splitYamlDocuments('a: "---"\nb: |\n  ---\n')?.length, 1);
  });

  test('an edit inside one document re-parses only that document, with the same result as a full lint', () => {
    const text = [docs[0], docs[1], configMap, docs[2]].join('---\n');
    const linter = new IncrementalLinter();
    assert.deepEqual(linter.lint(text), lintManifest(text));
    const edited = text.replace('restartPolicy: OnFailure', 'restartPolicy: Always');
    assert.notEqual(edited, text);
    assert.deepEqual(linter.lint(edited), lintManifest(edited));
    assert.ok(lintManifest(edited).length < lintManifest(text).length);
    assert.deepEqual(linter.lint(edited, 'ko'), lintManifest(edited, { lang: 'ko' }));
  });

  test('lintSteps yields once per document it lints and ends with what lint() returns', () => {
    const text = [docs[0], docs[1], configMap, docs[2]].join('---\n');
    const count = (linter: IncrementalLinter, t: string) => {
      const steps = linter.lintSteps(t);
      let yields = 0;
      for (;;) {
        const r = steps.next();
        if (r.done) return { yields, problems: r.value };
        yields++;
      }
    };
    const linter = new IncrementalLinter();
    const first = count(linter, text);
    assert.equal(first.yields, 4);
    assert.deepEqual(first.problems, lintManifest(text));
    const edited = text.replace('restartPolicy: OnFailure', 'restartPolicy: Always');
    const second = count(linter, edited);
    assert.equal(second.yields, 1, 'only the edited document is linted again');
    assert.deepEqual(second.problems, lintManifest(edited));
  });

  test(`${numRuns(300, 5000)} random edits of multi-document files: incremental equals full`, () => {
    const pieces = fc.array(fc.constantFrom(...docs, configMap, 'kind: DaemonSet\n', '{', 'a: [1,\n', ''), { minLength: 2, maxLength: 5 });
    const edit = fc.record({ at: fc.nat(), del: fc.nat(6), ins: fc.constantFrom('', 'x', ': ', '\n', '  ', '---\n', '\n---', '"', '{', '- ', '\t', '#') });
    fc.assert(fc.property(pieces, fc.array(edit, { minLength: 1, maxLength: 4 }), (parts, edits) => {
      const linter = new IncrementalLinter();
      let text = parts.join('---\n');
      assert.deepEqual(linter.lint(text), lintManifest(text));
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.ins + text.slice(at + e.del);
        assert.deepEqual(linter.lint(text), lintManifest(text), JSON.stringify(text));
      }
    }), { numRuns: numRuns(300, 5000), seed: seed() });
  });
});
