import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import type { SimulationOptions } from '../../../src/core/sim/api';

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
