import * as assert from 'node:assert/strict';
import type { ControllerRevision } from '../../../src/core/model/types';
import type { NodePlacement } from '../../../src/core/sim/api';
import { buildSnapshot, nodeRoles } from '../../../src/core/view/buildSnapshot';
import { describeReason } from '../../../src/core/view/reasons';
import { panelStringKeys, panelStrings } from '../../../src/core/view/strings';
import { createFakeSim, makeDaemonSet, makeNode, makePod } from '../kubectl/fakeSim';

const cpTaint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

function revision(ds: string, hash: string, n: number): ControllerRevision {
  return { apiVersion: 'apps/v1', kind: 'ControllerRevision', revision: n,
    metadata: { name: `${ds}-${hash}`, labels: { 'controller-revision-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds, uid: `uid-${ds}`, controller: true }] } };
}

function fixture() {
  const sim = createFakeSim();
  sim.t = 42;
  sim.nodeList = [
    makeNode('control-plane', { labels: { 'node-role.kubernetes.io/control-plane': '' }, taints: [cpTaint] }),
    makeNode('worker-1'), makeNode('worker-2', { unschedulable: true, ready: 'False' }),
  ];
  sim.dsList = [makeDaemonSet('fluentd', { status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 1, updatedNumberScheduled: 1, numberAvailable: 1 } })];
  sim.revList = [revision('fluentd', 'aaa', 1), revision('fluentd', 'bbb', 2)];
  const old = makePod('fluentd-old', { ds: 'fluentd', node: 'worker-1' });
  old.metadata!.labels = { app: 'fluentd', 'controller-revision-hash': 'aaa', 'pod-template-generation': '0' };
  const pending = makePod('fluentd-new', { ds: 'fluentd', phase: 'Pending' });
  pending.metadata!.labels = { app: 'fluentd', 'controller-revision-hash': 'bbb' };
  pending.spec!.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['worker-2'] }] }] } } };
  const bare = makePod('bare', { node: 'worker-1' });
  sim.podList = [old, pending, bare];
  const placements: NodePlacement[] = [
    { node: 'control-plane', shouldRun: false, shouldContinueRunning: true, reasons: [{ kind: 'taint', taint: cpTaint }] },
    { node: 'worker-1', shouldRun: true, shouldContinueRunning: true, reasons: [] },
    { node: 'worker-2', shouldRun: true, shouldContinueRunning: true, reasons: [{ kind: 'scheduling', message: '0/3 nodes are available: 1 Insufficient cpu.' }] },
  ];
  sim.placement = () => placements;
  sim.eventList = [{ time: 1, type: 'Normal', reason: 'SuccessfulCreate', message: 'Created pod: fluentd-old', involvedObject: { kind: 'DaemonSet', name: 'fluentd' }, source: 'daemonset-controller' }];
  return sim;
}

const opts = { seq: 7, playing: false, speed: 1, previewMode: 'live' as const, lang: 'en' as const };

suite('view: buildSnapshot', () => {
  test('DaemonSet figures, strategy, current revision and source', () => {
    const s = buildSnapshot(fixture(), { ...opts, sources: { fluentd: 'ds/fluentd.yaml' } });
    assert.equal(s.seq, 7);
    assert.equal(s.time, 42);
    assert.deepEqual(s.daemonSets, [{ name: 'fluentd', namespace: 'default', desired: 2, current: 2, ready: 1, upToDate: 1, available: 1, misscheduled: 0, strategy: 'RollingUpdate', revision: 2, source: 'ds/fluentd.yaml' }]);
  });

  test('nodes: role, taints, cordon, readiness, allocatable', () => {
    const [cp, w1, w2] = buildSnapshot(fixture(), opts).nodes;
    assert.equal(cp.role, 'control-plane');
    assert.deepEqual(cp.taints, [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    assert.equal(w1.role, '');
    assert.deepEqual([w2.unschedulable, w2.ready, w1.ready], [true, 'False', 'True']);
    assert.deepEqual([w1.cpu, w1.memory, w1.pods], ['4', '8Gi', '110']);
    assert.ok(w1.labels.some(([k, v]) => k === 'kubernetes.io/hostname' && v === 'worker-1'));
  });

  test('cells: pods with revision numbers, pending pods on their target node, reasons in words; bare pods ignored', () => {
    const [cp, w1, w2] = buildSnapshot(fixture(), opts).nodes;
    assert.deepEqual(cp.cells, [{ pods: [], reasons: ['taint not tolerated: node-role.kubernetes.io/control-plane:NoSchedule (key node-role.kubernetes.io/control-plane, effect NoSchedule)'] }]);
    assert.deepEqual(w1.cells, [{ pods: [{ name: 'fluentd-old', phase: 'Running', ready: true, rev: 1, updated: false, terminating: false }] }]);
    assert.deepEqual(w2.cells[0].pods.map((p) => [p.name, p.phase, p.rev, p.updated]), [['fluentd-new', 'Pending', 2, true]]);
    assert.match(w2.cells[0].reasons?.[0] ?? '', /^insufficient cpu/);
  });

  test('a pod kept on a node that should not run it is misscheduled', () => {
    const sim = fixture();
    sim.podList.push(makePod('fluentd-cp', { ds: 'fluentd', node: 'control-plane' }));
    const cp = buildSnapshot(sim, opts).nodes[0];
    assert.equal(cp.cells[0].misscheduled, true);
    assert.equal(cp.cells[0].pods.length, 1);
  });

  test('Korean: reasons and strings', () => {
    const s = buildSnapshot(fixture(), { ...opts, lang: 'ko' });
    assert.match(s.nodes[0].cells[0].reasons?.[0] ?? '', /^톨러레이션이 없는 테인트: node-role/);
    assert.equal(s.strings['Nodes'], '노드');
  });

  test('events: the latest maxEvents, with the involved object', () => {
    const sim = fixture();
    for (let i = 0; i < 5; i++) sim.eventList.push({ time: 2 + i, type: 'Warning', reason: `R${i}`, message: 'm', involvedObject: { kind: 'Pod', name: `p${i}` }, source: 's' });
    const s = buildSnapshot(sim, { ...opts, maxEvents: 2 });
    assert.deepEqual(s.events.map((e) => [e.reason, e.object]), [['R3', 'Pod/p3'], ['R4', 'Pod/p4']]);
  });
});

suite('view: reasons and strings', () => {
  test('every NodeReason kind has English and Korean words', () => {
    const cases = [
      { kind: 'nodeName', nodeName: 'x' }, { kind: 'nodeSelector', key: 'disk', want: 'ssd' }, { kind: 'nodeSelector', key: 'disk', want: 'ssd', have: 'hdd' },
      { kind: 'affinity' }, { kind: 'taint', taint: { key: 'k', value: 'v', effect: 'NoExecute' } },
      { kind: 'scheduling', message: "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports." },
      { kind: 'scheduling', message: 'Insufficient memory' },
    ] as const;
    const en = cases.map((c) => describeReason(c, 'en'));
    const ko = cases.map((c) => describeReason(c, 'ko'));
    assert.deepEqual(en.slice(2, 6), [
      'nodeSelector disk=ssd not matched: the node has disk=hdd',
      'required node affinity (requiredDuringSchedulingIgnoredDuringExecution) not matched',
      'taint not tolerated: k=v:NoExecute (key k, effect NoExecute)',
      'host port in use: another pod on the node uses the same hostPort',
    ]);
    assert.match(ko[6], /^메모리 부족/);
    for (let i = 0; i < cases.length; i++) assert.notEqual(en[i], ko[i]);
  });

  test('the Korean table translates every key', () => {
    const ko = panelStrings('ko');
    for (const k of panelStringKeys) assert.ok(ko[k] && ko[k] !== k, k);
    assert.equal(panelStrings('en')['Add node'], 'Add node');
  });

  test('nodeRoles: like the ROLES column', () => {
    assert.equal(nodeRoles({ 'node-role.kubernetes.io/control-plane': '', 'node-role.kubernetes.io/etcd': '' }), 'control-plane,etcd');
    assert.equal(nodeRoles({}), '');
  });
});
