/** The simulated kubectl against the real simulation (createSimulation): the KCT/HIS/DEL flows end to end. */
import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import { describeDaemonSet, daemonSetAge, getDaemonSetRow, rolloutHistoryText, rolloutStatusMessage, runKubectl } from '../../../src/core/kubectl/index';

const DS = (image: string, extra = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
${extra}  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: ${image}
`;

function cluster(nodes: string[]) {
  const sim = createSimulation({ seed: 1 });
  for (const name of nodes) sim.addNode({ name });
  sim.settle();
  const files: Record<string, string> = { 'v1.yaml': DS('agent:1.0'), 'v2.yaml': DS('agent:2.0'), 'ondelete.yaml': DS('agent:1.0', '  updateStrategy:\n    type: OnDelete\n') };
  const k = (line: string) => runKubectl(sim, line, { readFile: (p) => files[p] });
  return { sim, k };
}

suite('kubectl with the real simulation', () => {
  test('KCT-01: apply, get -o wide row, describe, AGE against virtual time', () => {
    const { sim, k } = cluster(['n1', 'n2']);
    assert.deepEqual(k('apply -f v1.yaml'), { stdout: 'daemonset.apps/agent created\n', stderr: '', exitCode: 0 });
    assert.equal(getDaemonSetRow(sim, 'agent', true), 'agent 2 2 2 2 2 <none> agent agent:1.0 app=agent');
    assert.equal(getDaemonSetRow(sim, 'agent'), 'agent 2 2 2 2 2 <none>');
    const d = describeDaemonSet(sim, 'agent');
    for (const s of ['Name:', 'Selector:', 'app=agent', 'Node-Selector:', '<none>', 'Desired Number of Nodes Scheduled: 2', 'Current Number of Nodes Scheduled: 2',
      'Number of Nodes Scheduled with Up-to-date Pods: 2', 'Number of Nodes Scheduled with Available Pods: 2', 'Number of Nodes Misscheduled: 0', '2 Running / 0 Waiting / 0 Succeeded / 0 Failed']) {
      assert.ok(d.includes(s), `${s}\n${d}`);
    }
    for (const [step, age] of [[90, '90s'], [60, '2m30s'], [3450, '60m'], [10800, '4h']] as const) {
      sim.advance(step);
      assert.equal(daemonSetAge(sim, 'agent'), age);
    }
    const pods = k('get pods -o wide');
    assert.equal(pods.exitCode, 0);
    assert.equal(pods.stdout.split('\n').filter((l) => /^agent-\S+ +1\/1 +Running +0 +4h /.test(l)).length, 2, pods.stdout);
    assert.equal(k('apply -f v1.yaml').stdout, 'daemonset.apps/agent unchanged\n');
  });
  test('HIS-01 through kubectl: set image, rollout status, undo, history', () => {
    const { sim, k } = cluster(['n1', 'n2', 'n3']);
    k('apply -f v1.yaml');
    assert.equal(k('set image ds/agent agent=agent:2.0').stdout, 'daemonset.apps/agent image updated\n');
    assert.deepEqual(rolloutStatusMessage(sim, 'agent'), { message: 'daemon set "agent" successfully rolled out' });
    assert.equal(k('rollout undo ds/agent').stdout, 'daemonset.apps/agent rolled back\n');
    assert.equal(k('rollout undo ds/agent').stdout, 'daemonset.apps/agent rolled back\n');
    assert.equal(rolloutHistoryText(sim, 'agent'), 'daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n3         <none>\n4         <none>\n\n');
    assert.equal(k('rollout undo daemonset/agent --to-revision=4').stdout, 'daemonset.apps/agent skipped rollback (current template already matches revision 4)\n');
    assert.deepEqual(k('rollout undo daemonset/agent --to-revision=9'), { stdout: '', stderr: 'error: unable to find specified revision 9 in history\n', exitCode: 1 });
    assert.match(k('get controllerrevisions').stdout, /^NAME +CONTROLLER +REVISION +AGE\nagent-\S+ +daemonset\.apps\/agent +[34] /);
  });
  test('R58: rollout status with OnDelete; DEL: orphan delete keeps the pods', () => {
    const { sim, k } = cluster(['n1', 'n2']);
    k('apply -f ondelete.yaml');
    assert.deepEqual(rolloutStatusMessage(sim, 'agent'), { error: 'rollout status is only available for RollingUpdate strategy type' });
    assert.equal(k('delete ds agent --cascade=orphan').stdout, 'daemonset.apps "agent" deleted from default namespace\n');
    assert.equal(k('get ds').stderr, 'No resources found in default namespace.\n');
    assert.equal(k('get pods -o name').stdout.split('\n').filter((l) => l.startsWith('pod/agent-')).length, 2);
  });
  test('taint, cordon and drain change what the DaemonSet controller does', () => {
    const { sim, k } = cluster(['n1', 'n2']);
    k('apply -f v1.yaml');
    assert.equal(k('taint node n2 dedicated=db:NoExecute').stdout, 'node/n2 tainted\n');
    assert.equal(getDaemonSetRow(sim, 'agent'), 'agent 1 1 1 1 1 <none>');
    assert.equal(k('cordon n1').stdout, 'node/n1 cordoned\n');
    assert.equal(getDaemonSetRow(sim, 'agent'), 'agent 1 1 1 1 1 <none>');
    const refused = k('drain n1');
    assert.equal(refused.exitCode, 1);
    assert.match(refused.stderr, /cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): default\/agent-/);
    const ok = k('drain n1 --ignore-daemonsets');
    assert.equal(ok.stdout, 'node/n1 already cordoned\nnode/n1 drained\n');
    assert.match(ok.stderr, /^Warning: ignoring DaemonSet-managed Pods: default\/agent-\S+\n$/);
    assert.match(k('get nodes').stdout, /\nn1 +Ready,SchedulingDisabled +<none> /);
  });
});

suite('kubectl with the real simulation: robustness', () => {
  test('seeded random command lines against a live cluster never hit an internal error', () => {
    const words = ['get', 'describe', 'delete', 'apply', 'label', 'taint', 'cordon', 'uncordon', 'drain', 'rollout', 'status', 'history', 'undo', 'restart',
      'set', 'image', 'ds', 'daemonset/agent', 'pods', 'nodes', 'node/n1', 'controllerrevisions', 'events', 'all', 'agent', 'n1', 'n2', 'x=y', 'x-',
      'k=v:NoExecute', 'k:NoExecute-', 'agent=agent:3.0', '-o', 'wide', 'yaml', 'json', '--cascade=orphan', '--overwrite', '--ignore-daemonsets', '--force',
      '--to-revision=1', '-f', 'v1.yaml', 'v2.yaml', '|', 'grep', 'agent'];
    const { sim, k } = cluster(['n1', 'n2', 'n3']);
    k('apply -f v1.yaml');
    let seed = 7;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let i = 0; i < 400; i++) {
      const line = Array.from({ length: 1 + next(5) }, () => words[next(words.length)]).join(' ');
      const r = k(line);
      assert.ok(!r.stderr.includes('internal error'), `${line}\n${r.stderr}`);
      if (i % 50 === 0) { sim.advance(30); if (!sim.getDaemonSet('agent')) k('apply -f v1.yaml'); }
    }
  });
});
