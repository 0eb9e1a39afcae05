import * as assert from 'node:assert/strict';
import { completeKubectl, runKubectl } from '../../../src/core/kubectl/index';
import { createRng } from '../../../src/core/sim/rng';
import { createFakeSim, makeDaemonSet, makeNode, makePod } from './fakeSim';

const vocabulary = [
  'get', 'describe', 'delete', 'apply', 'create', 'label', 'taint', 'cordon', 'uncordon', 'drain', 'rollout', 'status', 'history', 'undo',
  'restart', 'set', 'image', 'scale', 'version', 'api-resources', 'explain', 'help', 'ds', 'daemonset/agent', 'pods', 'po', 'nodes', 'node/n1',
  'controllerrevisions', 'events', 'all', 'agent', 'n1', 'n2', 'agent-abcde', 'x=y', 'x-', 'k=v:NoSchedule', 'k:NoExecute-', 'agent=img:2',
  '-o', 'wide', 'yaml', 'json', 'name', 'jsonpath={.metadata.name}', '-l', 'app=agent', '-A', '-n', 'kube-system', '--cascade=orphan',
  '--cascade', '--overwrite', '--ignore-daemonsets', '--force', '--to-revision=1', '--revision=1', '--replicas=2', '-f', 'ds.yaml', '--', "'", '"', '{', ';', '|', 'grep', 'wc', 'head', '-1', '>',
];

suite('kubectl robustness', () => {
  test('random command lines never throw and never hit an internal error', () => {
    const rng = createRng(20251122);
    const files = { readFile: (p: string) => (p === 'ds.yaml' ? 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n' : undefined) };
    for (let i = 0; i < 3000; i++) {
      const sim = createFakeSim();
      sim.dsList.push(makeDaemonSet('agent'));
      sim.nodeList.push(makeNode('n1'), makeNode('n2', { unschedulable: true }));
      sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
      const words = Array.from({ length: 1 + rng.int(6) }, () => vocabulary[rng.int(vocabulary.length)]);
      const line = words.join(' ');
      const r = runKubectl(sim, line, files);
      assert.equal(typeof r.stdout, 'string');
      assert.ok(r.exitCode === 0 || r.exitCode === 1, line);
      assert.ok(!r.stderr.includes('internal error'), `${line}\n${r.stderr}`);
      assert.ok(Array.isArray(completeKubectl(sim, line)));
    }
  });
});
