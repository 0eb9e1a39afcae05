import * as assert from 'node:assert/strict';
import type { DaemonSet, Node } from '../../../src/core/model/types';
import { updatedDesiredNodeCounts, allowsSurge, iterationOrder } from '../../../src/core/controller/rollingUpdate';
import { nodeShouldRunDaemonPod } from '../../../src/core/controller/eligibility';
import { getNodesToDaemonPods, nodesShouldRunDaemonPod, sortedNodes } from '../../../src/core/controller/daemonController';
import { createSimulation } from '../../../src/core/sim/simulation';
import type { SimContext } from '../../../src/core/sim/context';
import { scaledValue } from '../../../src/core/controller/podUtil';
import { computeHash, safeEncodeString, fnv32a } from '../../../src/core/controller/hash';
import { setDefaultsDaemonSet } from '../../../src/core/apiserver/defaults';

const nodes = (n: number): Node[] => Array.from({ length: n }, (_, i) => ({ metadata: { name: `n${i}` }, spec: {} }));
const ds = (ru: Record<string, unknown>): DaemonSet => ({ metadata: { name: 'a' }, spec: { selector: {}, template: { spec: { containers: [] } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: ru } } } as DaemonSet);

suite('controller/rollingUpdate: budgets (R50, R33)', () => {
  test('percentages round up against desiredNumberScheduled', () => {
    assert.equal(scaledValue('10%', 5), 1);
    assert.equal(scaledValue('30%', 5), 2);
    assert.equal(scaledValue('50%', 3), 2);
    assert.equal(scaledValue('100%', 5), 5);
    assert.equal(scaledValue(3, 5), 3);
  });
  test('both budgets scaling to zero fall back to maxUnavailable 1', () => {
    const counts = (d: DaemonSet, n: number) => updatedDesiredNodeCounts(d, nodes(n).map((node) => nodeShouldRunDaemonPod(node, d)));
    const r = counts(ds({ maxUnavailable: 0, maxSurge: 0 }), 4);
    assert.deepEqual(r, { maxSurge: 0, maxUnavailable: 1, desired: 4 });
    assert.deepEqual(counts(ds({ maxUnavailable: '50%', maxSurge: 0 }), 3), { maxSurge: 0, maxUnavailable: 2, desired: 3 });
    assert.deepEqual(counts(ds({ maxUnavailable: 0, maxSurge: '10%' }), 5), { maxSurge: 1, maxUnavailable: 0, desired: 5 });
  });
  test('every eligible node without pods joins the iteration set, in node name order; an ineligible one only with pods', () => {
    const sim = createSimulation({ seed: 2 });
    for (const n of ['n2', 'n0', 'n1', 'n3']) sim.addNode({ name: n, labels: n === 'n3' ? { role: 'db' } : {} });
    sim.apply({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'a' }, spec: { selector: { matchLabels: { app: 'a' } },
      template: { metadata: { labels: { app: 'a' } }, spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'role', operator: 'DoesNotExist' }] }] } } }, containers: [{ name: 'a', image: 'a:1' }] } } } });
    sim.settle();
    // Take n1's pod away without letting the controller put it back.
    const { ctx } = sim as unknown as { ctx: SimContext };
    ctx.store.removePod(sim.daemonPods('a', ['n1'])[0].metadata!.name!);
    const d = sim.getDaemonSet('a')!;
    const order = iterationOrder(ctx, d, sortedNodes(ctx), getNodesToDaemonPods(ctx, d, false), nodesShouldRunDaemonPod(ctx, d));
    assert.deepEqual(order.map((o) => [o.name, o.pods?.length ?? 0, o.shouldRun]), [['n0', 1, true], ['n1', 0, true], ['n2', 1, true]]);
  });
  test('AllowsSurge only with a non-zero maxSurge under RollingUpdate', () => {
    assert.equal(allowsSurge(ds({ maxUnavailable: 0, maxSurge: 1 })), true);
    assert.equal(allowsSurge(ds({ maxUnavailable: 1, maxSurge: 0 })), false);
    const onDelete = { ...ds({ maxSurge: 1 }), spec: { ...ds({ maxSurge: 1 }).spec!, updateStrategy: { type: 'OnDelete', rollingUpdate: { maxSurge: 1 } } } } as DaemonSet;
    assert.equal(allowsSurge(onDelete), false);
  });
});

suite('controller/hash: ComputeHash (R70)', () => {
  const tpl = () => setDefaultsDaemonSet({ spec: { selector: {}, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'a', image: 'a:1' }] } } } } as DaemonSet).spec!.template;
  test('FNV-32a of known input', () => {
    assert.equal(fnv32a([]), 0x811c9dc5);
    assert.equal(fnv32a([...'a'].map((c) => c.charCodeAt(0))), 0xe40c292c);
  });
  test('stable across key order, changes with content and with collisionCount', () => {
    const a = computeHash(tpl());
    assert.equal(computeHash({ spec: tpl().spec, metadata: tpl().metadata }), a);
    const changed = tpl();
    changed.spec!.containers[0].image = 'a:2';
    assert.notEqual(computeHash(changed), a);
    assert.notEqual(computeHash(tpl(), 1), a);
    assert.match(a, /^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
  });
  test('defaults are applied before hashing: an explicit default gives the same hash', () => {
    const explicit = setDefaultsDaemonSet({ spec: { selector: {}, template: { metadata: { labels: { app: 'a' } }, spec: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, containers: [{ name: 'a', image: 'a:1', imagePullPolicy: 'IfNotPresent' }] } } } } as DaemonSet).spec!.template;
    assert.equal(computeHash(explicit), computeHash(tpl()));
    assert.equal(safeEncodeString('0123456789'), '456789bcdf');
  });
});
