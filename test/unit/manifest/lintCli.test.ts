import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { lintCli } from '../../../src/cli/lint';

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const status = lintCli(args, { readFile: (p) => files[p], write: (s, t) => (s === 'stdout' ? out : err).push(t) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

const bad = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: a\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: a}]\n';
const info = bad.replace('  replicas: 2\n', '').replace('      restartPolicy: Never\n', '');

suite('cli: daemonset-lab lint', () => {
  test('prints file:line:col severity code message and exits 1 on errors', () => {
    const r = run(['ds.yaml'], { 'ds.yaml': bad });
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^ds\.yaml:6:3 error replicas-not-allowed A DaemonSet has no "replicas"/);
    assert.match(lines[1], /^ds\.yaml:10:5 info no-control-plane-toleration /);
    assert.match(lines[2], /^ds\.yaml:11:22 error restart-policy-not-always .*supported values: "Always"$/);
  });
  test('--json gives records with the apiserver field path; only infos exit 0', () => {
    const r = run(['--json', 'ok.yaml'], { 'ok.yaml': info });
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), [{ file: 'ok.yaml', line: 9, column: 5, endLine: 9, endColumn: 9, severity: 'info', code: 'no-control-plane-toleration', message: JSON.parse(r.stdout)[0].message, path: 'spec.template.spec.tolerations' }]);
    const ko = run(['--json', '--lang', 'ko', 'ds.yaml'], { 'ds.yaml': bad });
    assert.equal(JSON.parse(ko.stdout)[2].path, 'spec.template.spec.restartPolicy');
    assert.match(JSON.parse(ko.stdout)[0].message, /DaemonSet에는 "replicas"가 없습니다/);
  });
  test('usage errors and unreadable files exit 2', () => {
    assert.equal(run([], {}).status, 2);
    assert.equal(run(['--lang', 'fr', 'a'], {}).status, 2);
    const r = run(['missing.yaml'], {});
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read missing\.yaml/);
  });
  test('output piped into a reader that stops early (| head) ends quietly with the lint status', async () => {
    const root = join(__dirname, '..', '..', '..', '..');
    // Many copies of a broken file: far more output than a pipe buffer holds, read for one chunk only.
    const file = join(root, 'test', 'fixtures', 'daemonsets', 'seven-errors.yaml');
    const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'src', 'cli', 'main.js'), 'lint', ...Array<string>(400).fill(file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });
});
