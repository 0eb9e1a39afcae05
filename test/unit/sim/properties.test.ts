/**
 * Property tests of the simulation (issue 3): random event sequences against a small cluster.
 *  - at rest: at most one pod per node per DaemonSet, every node that must run the pod has one, none where it may not;
 *  - during a RollingUpdate: never more unavailable than maxUnavailable allows, never more surge than maxSurge;
 *  - the controller always settles (a second settle changes nothing; timed work runs out);
 *  - the same seed and events give the same event log.
 * Which nodes must / may run the pod is computed here from labels, taints and tolerations, independently of
 * the controller's nodeShouldRunDaemonPod (R20–R27: nodeSelector; taints vs tolerations; a NoSchedule taint added
 * after the pod exists lets it keep running, an untolerated NoExecute taint does not).
 * `npm test` runs 1,000 sequences; `npm run test:long` 10,000.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EPOCH_MS } from '../../../src/core/sim/clock';
import { createSimulation } from '../../../src/core/sim/simulation';
import type { Simulation } from '../../../src/core/sim/api';
import type { Pod } from '../../../src/core/model/types';
import { numRuns, seed } from '../support/runs';

type IntOrPercent = number | string;
interface Spec {
  image: number;
  zoneA: boolean; // nodeSelector zone=a
  tolerate: boolean; // tolerates dedicated=* (any effect)
  minReadySeconds: number;
  strategy: { type: 'OnDelete' } | { type: 'RollingUpdate'; maxUnavailable: IntOrPercent; maxSurge: IntOrPercent };
}
type Step =
  | { kind: 'addNode'; zone: 'a' | 'b' }
  | { kind: 'removeNode'; i: number }
  | { kind: 'relabel'; i: number; zone: 'a' | 'b' }
  | { kind: 'taint'; i: number; effect: 'NoSchedule' | 'NoExecute' }
  | { kind: 'untaint'; i: number }
  | { kind: 'cordon'; i: number; on: boolean }
  | { kind: 'deletePod'; i: number }
  | { kind: 'update'; spec: Spec }
  | { kind: 'advance'; seconds: number };

// Validation (R10) allows either budget but not both non-zero, and not both zero.
const strategyArb = fc.oneof(
  fc.constant({ type: 'OnDelete' as const }),
  fc.record({ type: fc.constant('RollingUpdate' as const), maxUnavailable: fc.constantFrom<IntOrPercent>(1, 2, '50%', '30%'), maxSurge: fc.constant<IntOrPercent>(0) }),
  fc.record({ type: fc.constant('RollingUpdate' as const), maxUnavailable: fc.constant<IntOrPercent>(0), maxSurge: fc.constantFrom<IntOrPercent>(1, 2, '25%') }),
);
const specArb: fc.Arbitrary<Spec> = fc.record({
  image: fc.integer({ min: 1, max: 5 }),
  zoneA: fc.boolean(),
  tolerate: fc.boolean(),
  minReadySeconds: fc.constantFrom(0, 0, 5),
  strategy: strategyArb,
});
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('addNode' as const), zone: fc.constantFrom<'a' | 'b'>('a', 'b') }),
  fc.record({ kind: fc.constant('removeNode' as const), i: fc.nat(7) }),
  fc.record({ kind: fc.constant('relabel' as const), i: fc.nat(7), zone: fc.constantFrom<'a' | 'b'>('a', 'b') }),
  fc.record({ kind: fc.constant('taint' as const), i: fc.nat(7), effect: fc.constantFrom<'NoSchedule' | 'NoExecute'>('NoSchedule', 'NoExecute') }),
  fc.record({ kind: fc.constant('untaint' as const), i: fc.nat(7) }),
  fc.record({ kind: fc.constant('cordon' as const), i: fc.nat(7), on: fc.boolean() }),
  fc.record({ kind: fc.constant('deletePod' as const), i: fc.nat(7) }),
  fc.record({ kind: fc.constant('update' as const), spec: specArb }),
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 1, max: 30 }) }),
);
const caseArb = fc.record({
  simSeed: fc.nat(1_000_000),
  zones: fc.array(fc.constantFrom<'a' | 'b'>('a', 'b'), { minLength: 1, maxLength: 5 }),
  spec: specArb,
  steps: fc.array(stepArb, { maxLength: 12 }),
});
type Case = { simSeed: number; zones: ('a' | 'b')[]; spec: Spec; steps: Step[] };

/** intstr.GetScaledValueFromIntOrPercent with roundUp, as the controller resolves maxUnavailable / maxSurge. */
function scaled(v: IntOrPercent, total: number): number {
  return typeof v === 'number' ? v : Math.ceil((Number(v.slice(0, -1)) * total) / 100);
}

function manifest(spec: Spec): unknown {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' },
    spec: {
      selector: { matchLabels: { app: 'ds' } },
      minReadySeconds: spec.minReadySeconds,
      updateStrategy: spec.strategy.type === 'OnDelete'
        ? { type: 'OnDelete' }
        : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: spec.strategy.maxUnavailable, maxSurge: spec.strategy.maxSurge } },
      template: {
        metadata: { labels: { app: 'ds' } },
        spec: {
          ...(spec.zoneA ? { nodeSelector: { zone: 'a' } } : {}),
          ...(spec.tolerate ? { tolerations: [{ key: 'dedicated', operator: 'Exists' }] } : {}),
          containers: [{ name: 'c', image: `registry.example/agent:${spec.image}` }],
        },
      },
    },
  };
}

/** The live (not terminating, not finished) pods of the DaemonSet. */
function livePods(sim: Simulation): Pod[] {
  return sim.pods().filter((p) => p.metadata?.labels?.app === 'ds' && !p.metadata?.deletionTimestamp
    && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded'
    && (p.metadata?.ownerReferences ?? []).some((o) => o.kind === 'DaemonSet' && o.name === 'ds'));
}

function available(pod: Pod, now: number, minReadySeconds: number): boolean {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status !== 'True' || !ready.lastTransitionTime) return false;
  return (Date.parse(ready.lastTransitionTime) - EPOCH_MS) / 1000 + minReadySeconds <= now;
}

/** Which nodes must run the pod (no pod yet would be created there) and which may keep one (R20–R27). */
function eligibility(sim: Simulation, spec: Spec): { must: Set<string>; may: Set<string> } {
  const must = new Set<string>();
  const may = new Set<string>();
  for (const node of sim.nodes()) {
    const name = node.metadata?.name ?? '';
    if (spec.zoneA && node.metadata?.labels?.zone !== 'a') continue;
    const dedicated = (node.spec?.taints ?? []).filter((t) => t.key === 'dedicated');
    const untolerated = spec.tolerate ? [] : dedicated;
    if (!untolerated.some((t) => t.effect === 'NoExecute')) may.add(name);
    if (untolerated.length === 0) must.add(name);
  }
  return { must, may };
}

/** Runs timed work (grace periods, minReadySeconds, backoff) until none is left; `each` checks every step. */
function runToRest(sim: Simulation, each?: () => void): void {
  for (let i = 0; i < 400; i++) {
    const next = sim.nextTimerAt();
    if (next === undefined) return;
    sim.advance(Math.max(0, next - sim.now()));
    each?.();
  }
  assert.fail(`timed work never ran out (next at ${sim.nextTimerAt()}, now ${sim.now()})`);
}

function snapshot(sim: Simulation): string {
  return JSON.stringify([sim.nodes(), sim.pods(), sim.daemonSets(), sim.controllerRevisions(), sim.events()]);
}

function checkAtRest(sim: Simulation, spec: Spec, where: string): void {
  const before = snapshot(sim);
  sim.settle();
  assert.equal(snapshot(sim), before, `${where}: a second settle changed the state`);
  const pods = livePods(sim);
  const nodes = new Set(sim.nodes().map((n) => n.metadata?.name ?? ''));
  const perNode = new Map<string, number>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    assert.ok(node, `${where}: pod ${p.metadata?.name} is not bound at rest`);
    assert.ok(nodes.has(node), `${where}: pod ${p.metadata?.name} is on the removed node ${node}`);
    perNode.set(node, (perNode.get(node) ?? 0) + 1);
  }
  const { must, may } = eligibility(sim, spec);
  for (const [node, n] of perNode) {
    assert.equal(n, 1, `${where}: ${n} pods on ${node}`);
    assert.ok(may.has(node), `${where}: a pod runs on ${node}, which may not run it`);
  }
  for (const node of must) assert.ok(perNode.has(node), `${where}: ${node} must run the pod but has none`);
  if (spec.strategy.type === 'RollingUpdate') {
    const hashes = new Set(pods.map((p) => p.metadata?.labels?.['controller-revision-hash']));
    assert.ok(hashes.size <= 1, `${where}: RollingUpdate at rest with pods of ${hashes.size} revisions`);
  }
}

/** The nodes that must run the pod and have an available one now. */
function availableNodes(sim: Simulation, spec: Spec): Set<string> {
  const { must } = eligibility(sim, spec);
  return new Set(livePods(sim).filter((p) => must.has(p.spec?.nodeName ?? '') && available(p, sim.now(), spec.minReadySeconds)).map((p) => p.spec?.nodeName ?? ''));
}

/**
 * After a template change, steps time one second at a time and checks the rollout's budgets after each step.
 * Unavailability is counted over the nodes that had an available pod before the change and still must run it:
 * what the rollout itself may take down (a node that newly needs a pod is unavailable whatever the controller does).
 */
function rollOut(sim: Simulation, spec: Spec, before: Set<string>, where: string): void {
  if (spec.strategy.type !== 'RollingUpdate') return;
  const { maxUnavailable, maxSurge } = spec.strategy;
  const check = () => {
    const desired = sim.getDaemonSet('ds')?.status?.desiredNumberScheduled ?? 0;
    const surge = scaled(maxSurge, desired);
    const budget = scaled(maxUnavailable, desired);
    const { must } = eligibility(sim, spec);
    const pods = livePods(sim);
    let unavailable = 0;
    let surged = 0;
    for (const node of must) {
      const here = pods.filter((p) => p.spec?.nodeName === node);
      if (before.has(node) && !here.some((p) => available(p, sim.now(), spec.minReadySeconds))) unavailable++;
      if (here.length > 1) surged++;
    }
    assert.ok(unavailable <= budget, `${where} t=${sim.now()}: ${unavailable} unavailable > maxUnavailable ${JSON.stringify(maxUnavailable)} of ${desired}`);
    assert.ok(surged <= surge, `${where} t=${sim.now()}: ${surged} nodes surged > maxSurge ${JSON.stringify(maxSurge)} of ${desired}`);
  };
  check();
  for (let i = 0; i < 600; i++) {
    if (sim.nextTimerAt() === undefined) return;
    sim.advance(1);
    check();
  }
  assert.fail(`${where}: the rollout did not finish in 600 s`);
}

/** Plays a case; returns the event log. Checks the properties after every step when `check`. */
function play(c: Case, check: boolean): string {
  const sim = createSimulation({ seed: c.simSeed });
  let names = c.zones.map((zone, i) => { sim.addNode({ name: `node-${i}`, labels: { zone } }); return `node-${i}`; });
  let added = names.length;
  const pick = (i: number) => (names.length ? names[i % names.length] : undefined);
  let spec = c.spec;
  const applied = sim.apply(manifest(spec));
  assert.ok(applied.accepted, applied.message);
  sim.settle();
  runToRest(sim);
  if (check) checkAtRest(sim, spec, 'after the first apply');
  c.steps.forEach((step, k) => {
    const before = check && step.kind === 'update' ? availableNodes(sim, spec) : new Set<string>();
    const where = `step ${k} ${JSON.stringify(step)}`;
    switch (step.kind) {
      case 'addNode': sim.addNode({ name: `node-${added}`, labels: { zone: step.zone } }); names.push(`node-${added++}`); break;
      case 'removeNode': { const n = pick(step.i); if (n) { sim.removeNode(n); names = names.filter((x) => x !== n); } break; }
      case 'relabel': { const n = pick(step.i); if (n) sim.labelNode(n, { zone: step.zone }); break; }
      case 'taint': { const n = pick(step.i); if (n) sim.taintNode(n, [{ key: 'dedicated', value: 'x', effect: step.effect }], [{ key: 'dedicated' }]); break; }
      case 'untaint': { const n = pick(step.i); if (n) sim.taintNode(n, [], [{ key: 'dedicated' }]); break; }
      case 'cordon': { const n = pick(step.i); if (n) { if (step.on) sim.cordon(n); else sim.uncordon(n); } break; }
      case 'deletePod': { const pods = livePods(sim); const p = pods[step.i % Math.max(1, pods.length)]; if (p?.metadata?.name) sim.deletePod(p.metadata.name); break; }
      case 'update': {
        // minReadySeconds stays as the case set it: changing it changes what "available" means at once.
        spec = { ...step.spec, minReadySeconds: c.spec.minReadySeconds };
        const r = sim.apply(manifest(spec));
        assert.ok(r.accepted, r.message);
        break;
      }
      case 'advance': sim.advance(step.seconds); break;
    }
    sim.settle();
    if (check && step.kind === 'update') rollOut(sim, spec, before, where);
    runToRest(sim);
    if (check) checkAtRest(sim, spec, where);
  });
  return JSON.stringify(sim.events());
}

suite('sim: properties over random event sequences', function () {
  this.timeout(0);

  test(`at rest one pod on exactly the nodes that should run it; rollouts keep their budgets; settling ends (${numRuns(1000, 10000)} sequences)`, () => {
    fc.assert(fc.property(caseArb, (c) => { play(c, true); }), { numRuns: numRuns(1000, 10000), seed: seed() });
  });

  test(`the same seed and events give the same event log (${numRuns(200, 2000)} sequences)`, () => {
    fc.assert(fc.property(caseArb, (c) => {
      assert.equal(play(c, false), play(c, false));
    }), { numRuns: numRuns(200, 2000), seed: seed() });
  });
});
