/**
 * Issue 3: every rule of the behaviour spec (../shared/spec/daemonset-semantics.md, rules `**R<n>.`) is named in
 * the `rules` of at least one scenario, in the shared conformance set or the project's own test/scenarios.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..', '..', '..');
const shared = join(root, '..', 'shared');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? yamlFiles(join(dir, d.name)) : d.name.endsWith('.yaml') ? [join(dir, d.name)] : []);
}

suite('scenario: every rule of the spec is covered by a scenario', () => {
  test('each rule id R<n> of daemonset-semantics.md appears in some scenario\'s rules', () => {
    const specPath = join(shared, 'spec', 'daemonset-semantics.md');
    assert.ok(existsSync(specPath), `the spec is expected beside the repository at ${specPath}`);
    const ruleIds = [...new Set([...readFileSync(specPath, 'utf8').matchAll(/^\*\*(R\d+)\./gm)].map((m) => m[1]))];
    assert.ok(ruleIds.length >= 50, `only ${ruleIds.length} rules found in the spec`);
    const covered = new Map<string, string[]>();
    for (const file of [...yamlFiles(join(shared, 'conformance')), ...yamlFiles(join(root, 'test', 'scenarios'))]) {
      const doc = parse(readFileSync(file, 'utf8')) as { scenarios?: Array<{ id: string; rules?: string[] }> };
      for (const s of doc.scenarios ?? []) for (const r of s.rules ?? []) covered.set(r, [...(covered.get(r) ?? []), s.id]);
    }
    const missing = ruleIds.filter((r) => !covered.has(r));
    assert.deepEqual(missing, [], `rules no scenario names: ${missing.join(' ')}`);
  });
});
