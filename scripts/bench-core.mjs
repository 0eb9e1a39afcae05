// Simulation core (issue 3): medians of
//  - initial placement of 10 DaemonSets on a settled 5,000-node cluster (apply all ten, settle: every pod created,
//    scheduled and Running+Ready);
//  - a full RollingUpdate (new image, maxUnavailable 10 %) over 5,000 nodes, to the last pod updated and available,
//    in wall time and CPU time;
//  - one sync at rest after a single change (a daemon pod deleted → the controller recreates it, settled) at 500
//    and at 5,000 nodes, and their ratio (10 would be linear in the node count).
// Targets from the issue: placement < 250 ms, rollout < 1 s of CPU, ratio ≤ 12.
// Beside placement, two reference figures: the heap its 50,000 pods keep, and an allocation floor — the same
// Kubernetes-shaped objects (pods with the parts the simulator shares, their two Events, the per-pod bookkeeping
// and map entries) allocated in bare loops with no controller, scheduler or kubelet logic at all.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { yamlBrowserBuild } from './yamlBrowserBuild.mjs';
import { median } from './benchUtil.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function manifest(name, image) {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image, resources: { requests: { cpu: '10m', memory: '16Mi' } } }] } },
    },
  };
}

/**
 * Allocates what 10 DaemonSets' pods on 5,000 nodes are made of in the simulator, without any of its logic: per
 * pod its metadata, a copy of the template spec's top level, a status, a conditions list, the bookkeeping record
 * and two Events; the affinity per node, labels, owner references and conditions shared as the simulator shares
 * them. No simulator keeping Kubernetes-shaped pods and Events can place 50,000 pods faster than this.
 */
function allocationFloor() {
  const nodes = 5000;
  const pods = new Map();
  const times = new Map();
  const byNode = new Map();
  const log = [];
  const affinity = [];
  for (let i = 0; i < nodes; i++) {
    const node = `node-${String(i).padStart(5, '0')}`;
    affinity.push([node, { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] } } }]);
  }
  const ts = '2024-01-01T00:00:00Z';
  const conds = ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'].map((type) => ({ type, status: 'True', lastTransitionTime: ts }));
  let uid = 0;
  for (let d = 0; d < 10; d++) {
    const generateName = `agent-${d}-`;
    const labels = { app: `agent-${d}`, 'pod-template-generation': '1', 'controller-revision-hash': '5d8f7c9b6' };
    const ownerReferences = [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: `agent-${d}`, uid: `ds-${d}`, controller: true, blockOwnerDeletion: true }];
    const spec = { containers: [], restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', securityContext: {}, tolerations: [], enableServiceLinks: true, affinity: undefined, nodeName: undefined };
    for (let i = 0; i < nodes; i++) {
      const name = generateName + ((uid * 7919) % 9999991).toString(36).padStart(5, 'b').slice(-5);
      const podSpec = { ...spec };
      podSpec.affinity = affinity[i][1];
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, generateName, namespace: 'default', uid: `00000000-0000-4000-8000-${(++uid).toString(16).padStart(12, '0')}`, creationTimestamp: ts, labels, ownerReferences }, spec: podSpec, status: { phase: 'Pending', qosClass: 'Burstable' } };
      pods.set(name, pod);
      times.set(name, { created: 0, seq: uid, order: uid, bucket: undefined, readySince: undefined, deletedAt: undefined, wantReady: undefined, everOwned: true, lastSchedulingFailure: undefined });
      log.push({ time: 0, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${name}`, involvedObject: { kind: 'DaemonSet', name: `agent-${d}` }, source: 'daemonset-controller' });
    }
  }
  for (const [name, pod] of pods) {
    const node = pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0];
    pod.spec.nodeName = node;
    pod.status.conditions = [conds[0]];
    let set = byNode.get(node);
    if (!set) byNode.set(node, (set = new Set()));
    set.add(pod);
    log.push({ time: 0, type: 'Normal', reason: 'Scheduled', message: `Successfully assigned default/${name} to ${node}`, involvedObject: { kind: 'Pod', name }, source: 'default-scheduler' });
  }
  for (const [name, pod] of pods) {
    Object.assign(pod.status, { phase: 'Running', startTime: ts, hostIP: '10.0.0.1', podIP: `10.244.0.${name.length}`, conditions: conds.slice() });
    times.get(name).readySince = 0;
  }
  if (pods.size !== 50_000 || log.length !== 100_000) throw new Error('allocation floor: wrong count');
}

/** Heap bytes a settled simulation keeps after `act` (after full collections before and after). */
function retainedBytes(setup, act) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const sim = setup();
  gc();
  const before = process.memoryUsage().heapUsed;
  act(sim);
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  if (sim.pods().length === 0) throw new Error('retained: nothing placed');
  return kept;
}

/** Median wall ms (and CPU ms) of `timed(setup())` over `runs` runs after one warm-up; setup is not timed. */
function measure(setup, timed, runs) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i <= runs; i++) {
    const state = setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    timed(state);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    if (i > 0) { wall.push(t1 - t0); cpu.push((c.user + c.system) / 1000); }
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function run() {
  const outDir = join(root, '.cache', 'bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'core.cjs');
  await build({ entryPoints: [join(root, 'src/core/sim/simulation.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', plugins: [yamlBrowserBuild] });
  const { createSimulation } = createRequire(import.meta.url)(outfile);
  const cluster = (n) => {
    const sim = createSimulation({ seed: 1 });
    for (let i = 0; i < n; i++) sim.addNode({ name: `node-${String(i).padStart(5, '0')}`, labels: { 'kubernetes.io/os': 'linux' } });
    sim.settle();
    return sim;
  };
  const withDaemonSet = (n) => { const sim = cluster(n); sim.apply(manifest('agent', 'agent:1')); sim.settle(); return sim; };
  const rows = [];

  const place = measure(() => cluster(5000), (sim) => {
    for (let d = 0; d < 10; d++) sim.apply(manifest(`agent-${d}`, 'agent:1'));
    sim.settle();
    const ready = sim.daemonSets().reduce((s, ds) => s + (ds.status?.numberReady ?? 0), 0);
    if (ready !== 50_000) throw new Error(`placement: ${ready} of 50000 pods ready`);
  }, 3);
  rows.push({ name: 'placement: 10 DaemonSets on 5,000 nodes (50,000 pods Ready)', median: place.wall, unit: 'ms', note: `target < 250 ms; CPU ${place.cpu.toFixed(0)} ms` });
  const floor = measure(() => undefined, allocationFloor, 5);
  rows.push({ name: 'placement: its objects allocated alone, no logic (floor)', median: floor.wall, unit: 'ms', note: `placement is ${(place.wall / floor.wall).toFixed(1)}× this` });
  const kept = retainedBytes(() => cluster(5000), (sim) => { for (let d = 0; d < 10; d++) sim.apply(manifest(`agent-${d}`, 'agent:1')); sim.settle(); });
  rows.push({ name: 'placement: heap kept by the 50,000 pods and their events', median: kept / 1e6, unit: 'MB', note: `${(kept / 50_000 / 1024).toFixed(2)} KiB per pod` });

  const roll = measure(() => withDaemonSet(5000), (sim) => {
    sim.apply(manifest('agent', 'agent:2'));
    sim.settle();
    for (let i = 0; i < 100 && (sim.getDaemonSet('agent')?.status?.updatedNumberScheduled ?? 0) < 5000; i++) sim.advance(1);
    const st = sim.getDaemonSet('agent')?.status;
    if (st?.updatedNumberScheduled !== 5000 || st?.numberAvailable !== 5000) throw new Error('rollout did not finish');
  }, 3);
  rows.push({ name: 'RollingUpdate over 5,000 nodes, maxUnavailable 10 %: wall', median: roll.wall, unit: 'ms' });
  rows.push({ name: 'RollingUpdate over 5,000 nodes, maxUnavailable 10 %: CPU', median: roll.cpu, unit: 'ms', note: 'target < 1,000 ms' });

  const sync = {};
  for (const n of [500, 5000]) {
    const sim = withDaemonSet(n);
    const times = [];
    // 10 warm-up syncs (the JIT optimises the 500-node path later than the 5,000-node one), then 41 timed.
    for (let i = 0; i < 51; i++) {
      const victim = sim.pods()[i % n].metadata.name;
      const t0 = performance.now();
      sim.deletePod(victim);
      sim.settle();
      times.push(performance.now() - t0);
    }
    sync[n] = median(times.slice(10));
    rows.push({ name: `one sync at rest (pod deleted → recreated), ${n} nodes`, median: sync[n], unit: 'ms' });
  }
  rows.push({ name: 'one sync: 5,000 vs 500 nodes (ratio; 10 = linear)', median: sync[5000] / sync[500], unit: 'x', note: 'target ≤ 12' });
  return rows;
}
