import * as assert from 'node:assert/strict';
import { kubectlCli, parseClusterFile } from '../../../src/cli/kubectl';
import { createFakeSim, type FakeSim } from './fakeSim';

function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [], err: string[] = [];
  let sim: FakeSim | undefined;
  const status = kubectlCli(argv, {
    createSimulation: () => (sim = createFakeSim()),
    readFile: (p) => files[p],
    write: (s, t) => (s === 'stdout' ? out : err).push(t),
  });
  return { status, stdout: out.join(''), stderr: err.join(''), sim };
}

suite('cli: daemonset-lab kubectl', () => {
  test('parses the scenario node format and kubectl get nodes -o yaml', () => {
    const a = parseClusterFile('readiness: manual\nnodes:\n- name: n1\n  labels: {disk: ssd}\n- name: n2\n  taints: [{key: a, effect: NoSchedule}]\n');
    assert.deepEqual(a.nodes.map((n) => n.name), ['n1', 'n2']);
    assert.equal(a.options.readiness, 'manual');
    const b = parseClusterFile('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata: {name: w1, labels: {x: y}}\n  spec: {unschedulable: true}\n  status: {conditions: [{type: Ready, status: "False"}]}\n');
    assert.deepEqual(b.nodes, [{ name: 'w1', labels: { x: 'y' }, taints: [], unschedulable: true, ready: 'False' }]);
    assert.throws(() => parseClusterFile('foo: 1\n'), /expected "nodes:"/);
  });
  test('runs several commands separated by ; with advance between them', () => {
    const r = run(['--cluster', 'c.yaml', '--', 'get', 'nodes', ';', 'advance', '90', ';', 'get', 'nodes', '-o', 'name'], { 'c.yaml': 'nodes:\n- name: n1\n' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'NAME   STATUS   ROLES    AGE   VERSION\nn1     Ready    <none>   0s    v1.34.0\nnode/n1\n');
    assert.equal(r.sim?.t, 90);
  });
  test('default cluster, exit status of a failing command, usage errors', () => {
    const r = run(['--', 'get', 'ds', 'x']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'Error from server (NotFound): daemonsets.apps "x" not found\n');
    assert.equal(r.sim?.nodeList.length, 3);
    assert.equal(run([]).status, 2);
    assert.equal(run(['--cluster', 'missing.yaml', '--', 'get', 'nodes']).stderr, 'daemonset-lab kubectl: cannot read missing.yaml\n');
    assert.match(run(['--cluster', 'bad.yaml', '--', 'get', 'nodes'], { 'bad.yaml': 'x: 1\n' }).stderr, /^daemonset-lab kubectl: bad.yaml: expected "nodes:"/);
    assert.match(run(['--help']).stdout, /^usage: daemonset-lab kubectl/);
  });
});
