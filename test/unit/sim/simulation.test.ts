import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import type { SimulationOptions } from '../../../src/core/sim/api';
import type { SimContext } from '../../../src/core/sim/context';
import type { Pod } from '../../../src/core/model/types';
import type { ClusterStore } from '../../../src/core/cluster/store';
import { daemonPodsByNode, getNodesToDaemonPods, useBurstShortcut, useIncrementalManage } from '../../../src/core/controller/daemonController';
import { useOwedStatus } from '../../../src/core/controller/status';

const manifest = (image: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'agent' } }, ...extra, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image }] } } },
});

function run(opts: SimulationOptions) {
  const sim = createSimulation(opts);
  for (const n of ['n1', 'n2', 'n3']) sim.addNode({ name: n });
  sim.apply(manifest('a:1'));
  sim.settle();
  sim.apply(manifest('a:2'));
  sim.settle();
  sim.taintNode('n2', [{ key: 'x', effect: 'NoExecute' }]);
  sim.settle();
  sim.advance(40);
  return sim;
}

suite('sim/simulation: determinism and status', () => {
  test('same seed → identical event log and pod names; another seed → other names', () => {
    const a = run({ seed: 7, deletion: 'graceful' });
    const b = run({ seed: 7, deletion: 'graceful' });
    assert.deepEqual(a.events(), b.events());
    assert.deepEqual(a.pods().map((p) => p.metadata?.name), b.pods().map((p) => p.metadata?.name));
    const c = run({ seed: 8, deletion: 'graceful' });
    assert.notDeepEqual(a.pods().map((p) => p.metadata?.name), c.pods().map((p) => p.metadata?.name));
    assert.ok(a.events().some((e) => e.reason === 'SuccessfulDelete'));
  });
  test('status (R60): NoSchedule taint → misscheduled, not desired; Pending pod counts in CURRENT only', () => {
    const sim = createSimulation({ seed: 1 });
    sim.addNode({ name: 'n1' });
    sim.addNode({ name: 'n2', allocatable: { cpu: '100m' } });
    sim.addNode({ name: 'n3' });
    const m = manifest('a:1');
    (m.spec.template.spec.containers[0] as Record<string, unknown>).resources = { requests: { cpu: '500m' } };
    sim.apply(m);
    sim.settle();
    sim.taintNode('n3', [{ key: 'k', effect: 'NoSchedule' }]);
    sim.settle();
    const s = sim.getDaemonSet('agent')?.status;
    assert.deepEqual({ d: s?.desiredNumberScheduled, c: s?.currentNumberScheduled, r: s?.numberReady, m: s?.numberMisscheduled, u: s?.numberUnavailable },
      { d: 2, c: 2, r: 1, m: 1, u: 1 });
    const reasons = sim.placement('agent').find((p) => p.node === 'n2')?.reasons ?? [];
    assert.ok(reasons.some((r) => r.kind === 'scheduling' && r.message.includes('Insufficient cpu')));
    assert.ok(sim.events().some((e) => e.reason === 'FailedScheduling' && e.source === 'default-scheduler'));
  });
  test('graceful deletion keeps a Terminating pod for its grace period; advance fires timers in order', () => {
    const sim = createSimulation({ seed: 1, deletion: 'graceful' });
    sim.addNode({ name: 'n1' });
    sim.apply(manifest('a:1'));
    sim.settle();
    const name = sim.pods()[0].metadata?.name ?? '';
    sim.deletePod(name);
    sim.settle();
    assert.ok(sim.pods()[0].metadata?.deletionTimestamp);
    assert.equal(sim.nextTimerAt(), 30);
    sim.advance(29);
    assert.equal(sim.pods().length, 1);
    sim.advance(2);
    assert.equal(sim.pods().length, 1);
    assert.notEqual(sim.pods()[0].metadata?.name, name);
    assert.equal(sim.now(), 31);
  });
  test('apply: defaults, server-set fields, unchanged re-apply keeps the hash and the pods', () => {
    const sim = createSimulation({ seed: 3 });
    sim.addNode({ name: 'n1' });
    assert.equal(sim.apply(manifest('a:1')).action, 'created');
    sim.settle();
    const ds = sim.getDaemonSet('agent');
    assert.equal(ds?.spec?.updateStrategy?.rollingUpdate?.maxSurge, 0);
    assert.equal(ds?.spec?.revisionHistoryLimit, 10);
    assert.equal(ds?.spec?.template?.spec?.containers[0].imagePullPolicy, 'IfNotPresent');
    assert.equal(ds?.metadata?.annotations?.['deprecated.daemonset.template.generation'], '1');
    const pods = sim.pods().map((p) => p.metadata?.name);
    assert.equal(sim.apply(manifest('a:1')).action, 'unchanged');
    assert.equal(sim.apply(manifest('a:1', { minReadySeconds: 3 })).action, 'configured');
    sim.settle();
    assert.equal(sim.getDaemonSet('agent')?.metadata?.generation, 2);
    assert.equal(sim.getDaemonSet('agent')?.metadata?.annotations?.['deprecated.daemonset.template.generation'], '1');
    assert.deepEqual(sim.pods().map((p) => p.metadata?.name), pods);
    const bad = sim.apply({ ...manifest('a:1'), spec: { ...manifest('a:1').spec, selector: { matchLabels: { app: 'other' } } } });
    assert.equal(bad.accepted, false);
    assert.match(bad.message ?? '', /^The DaemonSet "agent" is invalid: /);
    assert.ok(bad.errors.some((e) => e.field === 'spec.selector'));
  });
});

/**
 * 12 nodes and the steps of a rollout (minReadySeconds 2) disturbed by a failed pod, a NoExecute taint, a deletion,
 * a matching stray pod, an unrelated pod and a relabel: what the kept controller answers must follow.
 */
function disturbedRollout(sim: ReturnType<typeof createSimulation>, rollingUpdate: { maxUnavailable: number; maxSurge?: number }): (() => void)[] {
  for (let i = 0; i < 12; i++) sim.addNode({ name: `n${String(i).padStart(2, '0')}` });
  const extra = { updateStrategy: { type: 'RollingUpdate', rollingUpdate }, minReadySeconds: 2 };
  return [
    () => sim.apply(manifest('a:1', extra)),
    () => sim.apply(manifest('a:2', extra)),
    () => sim.setPodPhase(sim.daemonPods('agent', ['n03'])[0].metadata!.name!, 'Failed'),
    () => sim.taintNode('n05', [{ key: 'x', effect: 'NoExecute' }]),
    () => sim.deletePod(sim.daemonPods('agent', ['n07'])[0].metadata!.name!),
    () => sim.createPod({ name: 'stray', node: 'n09', labels: { app: 'agent' } }),
    () => sim.createPod({ name: 'other', node: 'n10', labels: { app: 'other' } }),
    () => sim.relabelPod(sim.daemonPods('agent', ['n11'])[0].metadata!.name!, { app: 'moved' }),
    () => sim.deletePod('other'),
  ];
}

type RollingUpdateParams = { maxUnavailable: number; maxSurge?: number };
interface RunRecord { seen: unknown[]; events: unknown; pods: unknown; next: number | undefined }

/**
 * For both deletion modes and a rolling update with and without surge: the record of `record` made with a shortcut
 * of the simulator on and again with it off (`useShortcut`) must be the same. Returns the records made with it on.
 */
function sameRecordWithShortcutOff(record: (deletion: 'instant' | 'graceful', rollingUpdate: RollingUpdateParams) => RunRecord,
  useShortcut: (on: boolean) => void): { where: string; run: RunRecord }[] {
  const runs: { where: string; run: RunRecord }[] = [];
  for (const deletion of ['instant', 'graceful'] as const) {
    for (const rollingUpdate of [{ maxUnavailable: 2 }, { maxUnavailable: 0, maxSurge: 2 }]) {
      const where = `${deletion} ${JSON.stringify(rollingUpdate)}`;
      const on = record(deletion, rollingUpdate);
      useShortcut(false);
      try {
        const off = record(deletion, rollingUpdate);
        assert.deepEqual(on.seen, off.seen, where);
        assert.deepEqual(on.events, off.events, where);
        assert.deepEqual(on.pods, off.pods, where);
        assert.equal(on.next, off.next, where);
      } finally {
        useShortcut(true);
      }
      runs.push({ where, run: on });
    }
  }
  return runs;
}

suite('sim/simulation: burstReplicas (R37) at scale', () => {
  /** 620 nodes, a DaemonSet placed (three bursts of at most 250), a node added, a rollout; the whole record. */
  function bigRun() {
    const sim = createSimulation({ seed: 3 });
    for (let i = 0; i < 620; i++) sim.addNode({ name: `node-${String(i).padStart(4, '0')}`, labels: i % 7 ? {} : { disk: 'ssd' } });
    sim.apply(manifest('a:1', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%' } } }));
    sim.settle();
    const placed = sim.getDaemonSet('agent')?.status;
    sim.addNode({ name: 'node-late' });
    sim.apply(manifest('a:2', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%' } } }));
    sim.advance(5);
    return { placed, status: sim.getDaemonSet('agent')?.status, events: sim.events(), pods: sim.pods() };
  }
  test('a placement cut into bursts creates one pod per node, 250 per sync', () => {
    const r = bigRun();
    assert.equal(r.placed?.desiredNumberScheduled, 620);
    assert.equal(r.placed?.currentNumberScheduled, 620);
    assert.equal(r.placed?.numberReady, 620);
    assert.equal(r.status?.updatedNumberScheduled, 621);
    const nodes = r.pods.map((p) => p.spec?.nodeName);
    assert.equal(new Set(nodes).size, nodes.length);
  });
  /** bigRun with a shortcut on and off: the same events, pods and status. */
  function sameBigRunWithShortcutOff(useShortcut: (on: boolean) => void): void {
    const fast = bigRun();
    useShortcut(false);
    try {
      const slow = bigRun();
      assert.deepEqual(fast.events, slow.events);
      assert.deepEqual(fast.pods, slow.pods);
      assert.deepEqual(fast.status, slow.status);
    } finally {
      useShortcut(true);
    }
  }
  test('the repeat of a create-only burst without a new pass over every node gives the same record as full syncs', () => {
    sameBigRunWithShortcutOff(useBurstShortcut);
  });
  test('manage passing only over the nodes whose pods changed gives the record of a pass over every node', () => {
    /** The disturbed rollout, a node relabelled and one removed, a pod marked for deletion; the record every second. */
    const record = (deletion: 'instant' | 'graceful', rollingUpdate: RollingUpdateParams): RunRecord => {
      const sim = createSimulation({ seed: 9, deletion });
      const steps = [...disturbedRollout(sim, rollingUpdate),
        () => sim.labelNode('n02', { disk: 'ssd' }),
        () => sim.removeNode('n04'),
        () => sim.deletePod(sim.daemonPods('agent', ['n06'])[0].metadata!.name!),
        () => sim.apply(manifest('a:3', { updateStrategy: { type: 'RollingUpdate', rollingUpdate } }))];
      const seen: unknown[] = [];
      for (const step of steps) {
        step();
        for (let t = 0; t < 12; t++) { sim.advance(1); seen.push([sim.getDaemonSet('agent')?.status, sim.pods().map((p) => p.metadata?.name)]); }
      }
      return { seen, events: sim.events(), pods: sim.pods(), next: sim.nextTimerAt() };
    };
    sameRecordWithShortcutOff(record, useIncrementalManage);
    // And at scale, through bursts, a node added and a rollout.
    sameBigRunWithShortcutOff(useIncrementalManage);
  });
  test('getNodesToDaemonPods answers kept and brought up to date equal a new computation at every step', () => {
    for (const deletion of ['instant', 'graceful'] as const) {
      for (const rollingUpdate of [{ maxUnavailable: 2 }, { maxUnavailable: 0, maxSurge: 2 }]) {
        const sim = createSimulation({ seed: 3, deletion });
        const { ctx, store } = sim as unknown as { ctx: SimContext; store: ClusterStore };
        for (const step of disturbedRollout(sim, rollingUpdate)) {
          step();
          for (let t = 0; t < 12; t++) {
            sim.advance(1);
            const ds = sim.getDaemonSet('agent')!;
            for (const flag of [false, true]) {
              const names = (pods: Pod[] | undefined) => pods?.map((p) => p.metadata?.name);
              const kept = getNodesToDaemonPods(ctx, ds, flag);
              const keptCopy = [...kept].map(([n, pods]) => [n, names(pods)]);
              const keptByNode = flag ? [] : daemonPodsByNode(ctx, ds).map(names);
              store.podSetChanged('other');
              const freshMap = getNodesToDaemonPods(ctx, ds, flag);
              const fresh = [...freshMap].map(([n, pods]) => [n, names(pods)]);
              const where = `${deletion} ${JSON.stringify(rollingUpdate)} t=${sim.now()}`;
              assert.deepEqual(keptCopy.sort(), fresh.sort(), where);
              if (!flag) assert.deepEqual(keptByNode, sim.nodes().map((n) => names(freshMap.get(n.metadata!.name!))), where);
            }
          }
        }
      }
    }
  });
  test('status computed once at the end of a settle gives the record of a status update after every sync (R60, R61)', () => {
    /** The disturbed rollout of disturbedRollout, then a third template; the status every second, then every 5 s. */
    const record = (deletion: 'instant' | 'graceful', rollingUpdate: RollingUpdateParams): RunRecord => {
      const sim = createSimulation({ seed: 6, deletion });
      const steps = [...disturbedRollout(sim, rollingUpdate), () => sim.apply(manifest('a:3', { updateStrategy: { type: 'RollingUpdate', rollingUpdate } }))];
      const statuses: unknown[] = [];
      for (const step of steps) {
        step();
        for (let t = 0; t < 12; t++) { sim.advance(1); statuses.push(sim.getDaemonSet('agent')?.status); }
      }
      // The last rollout to its end (graceful deletions take 30 s each round).
      for (let t = 0; t < 300; t += 5) { sim.advance(5); statuses.push(sim.getDaemonSet('agent')?.status); }
      return { seen: statuses, events: sim.events(), pods: sim.pods(), next: sim.nextTimerAt() };
    };
    for (const { where, run } of sameRecordWithShortcutOff(record, useOwedStatus)) {
      const last = run.seen[run.seen.length - 1] as { updatedNumberScheduled?: number; desiredNumberScheduled?: number; numberAvailable?: number };
      assert.ok((last.desiredNumberScheduled ?? 0) >= 10 && last.updatedNumberScheduled === last.desiredNumberScheduled && last.numberAvailable === last.desiredNumberScheduled, `${where}: the last rollout completes: ${JSON.stringify(last)}`);
    }
  });
  test('a bare pod matching a settled DaemonSet\'s selector is adopted at the next sync (R31) and, newer, deleted (R34)', () => {
    const sim = createSimulation({ seed: 4 });
    for (const n of ['n1', 'n2']) sim.addNode({ name: n });
    sim.apply(manifest('a:1'));
    sim.advance(1);
    sim.createPod({ name: 'stray', node: 'n2', labels: { app: 'agent' } });
    sim.advance(1);
    // Adopted, it is the newer of two pods on n2, which the controller deletes (R34).
    assert.ok(sim.events().some((e) => e.reason === 'SuccessfulDelete' && e.message === 'Deleted pod: stray'));
    assert.equal(sim.daemonPods('agent', ['n2']).length, 1);
  });
  test('pods made from one template share its frozen containers (tests freeze them)', () => {
    const { pods } = bigRun();
    const [a, b] = pods.filter((p) => p.metadata?.labels?.['controller-revision-hash'] === pods[0].metadata?.labels?.['controller-revision-hash']);
    assert.equal(a.spec?.containers, b.spec?.containers);
    assert.ok(Object.isFrozen(a.spec?.containers?.[0]));
    assert.throws(() => { (a.spec!.containers![0] as { image: string }).image = 'changed'; }, TypeError);
  });
  test('pods for one node from templates without affinity share its frozen node affinity; a DaemonSet\'s pods share their ownerReferences', () => {
    const sim = createSimulation({ seed: 5 });
    for (const n of ['n1', 'n2']) sim.addNode({ name: n });
    sim.apply(manifest('a:1'));
    sim.apply({ ...manifest('b:1'), metadata: { name: 'other' }, spec: { selector: { matchLabels: { app: 'other' } }, template: { metadata: { labels: { app: 'other' } }, spec: { containers: [{ name: 'b', image: 'b:1' }] } } } });
    sim.settle();
    const [a1, a2] = sim.daemonPods('agent', 'all');
    const [o1] = sim.daemonPods('other', ['n1']);
    const onN1 = a1.spec?.nodeName === 'n1' ? a1 : a2;
    assert.equal(onN1.spec?.affinity, o1.spec?.affinity);
    assert.deepEqual(onN1.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0].matchFields?.[0].values, ['n1']);
    assert.notEqual(a1.spec?.affinity, a2.spec?.affinity);
    assert.ok(Object.isFrozen(o1.spec?.affinity?.nodeAffinity));
    assert.equal(a1.metadata?.ownerReferences, a2.metadata?.ownerReferences);
    assert.notEqual(a1.metadata?.ownerReferences, o1.metadata?.ownerReferences);
    assert.ok(Object.isFrozen(a1.metadata?.ownerReferences?.[0]));
  });
});
