// Simulation core (issue 3): medians of
//  - initial placement of 10 DaemonSets on a settled 5,000-node cluster (apply all ten, settle: every pod created,
//    scheduled and Running+Ready);
//  - a full RollingUpdate (new image, maxUnavailable 10 %) over 5,000 nodes, to the last pod updated and available,
//    in wall time and CPU time;
//  - one sync at rest after a single change (a daemon pod deleted → the controller recreates it, settled) at 500
//    and at 5,000 nodes, and their ratio (10 would be linear in the node count).
// Targets from the issue: placement < 250 ms, rollout < 1 s of CPU, ratio ≤ 12.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
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
    for (let i = 0; i < (n > 1000 ? 21 : 41); i++) {
      const victim = sim.pods()[i % n].metadata.name;
      const t0 = performance.now();
      sim.deletePod(victim);
      sim.settle();
      times.push(performance.now() - t0);
    }
    sync[n] = median(times.slice(3));
    rows.push({ name: `one sync at rest (pod deleted → recreated), ${n} nodes`, median: sync[n], unit: 'ms' });
  }
  rows.push({ name: 'one sync: 5,000 vs 500 nodes (ratio; 10 = linear)', median: sync[5000] / sync[500], unit: 'x', note: 'target ≤ 12' });
  return rows;
}
