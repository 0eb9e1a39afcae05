// Simulation core: placing a DaemonSet on N nodes, and a full RollingUpdate, at lab and at cluster-limit scale.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeMedian } from './benchUtil.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function manifest(image) {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image, resources: { requests: { cpu: '10m', memory: '16Mi' } } }] } },
    },
  };
}

export async function run() {
  const outDir = join(root, '.cache', 'bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'core.cjs');
  await build({ entryPoints: [join(root, 'src/core/sim/simulation.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
  const { createSimulation } = createRequire(import.meta.url)(outfile);
  const cluster = (n) => {
    const sim = createSimulation({ seed: 1 });
    for (let i = 0; i < n; i++) sim.addNode({ name: `node-${String(i).padStart(5, '0')}`, labels: { 'kubernetes.io/os': 'linux' } });
    sim.settle();
    return sim;
  };
  const rows = [];
  const place = {};
  for (const n of [500, 5000]) {
    place[n] = await timeMedian(() => { const sim = cluster(n); sim.apply(manifest('agent:1')); sim.settle(); }, { runs: n > 1000 ? 3 : 7, warmup: 1 });
    rows.push({ name: `add ${n} nodes + apply DaemonSet + settle`, median: place[n], unit: 'ms' });
  }
  rows.push({ name: 'scaling 5000 vs 500 nodes (ratio; 10 = linear)', median: place[5000] / place[500], unit: 'x' });
  const roll = await timeMedian(() => {
    const sim = cluster(500);
    sim.apply(manifest('agent:1'));
    sim.settle();
    sim.apply(manifest('agent:2'));
    for (let i = 0; i < 200 && (sim.getDaemonSet('agent')?.status?.updatedNumberScheduled ?? 0) < 500; i++) sim.advance(1);
    if ((sim.getDaemonSet('agent')?.status?.updatedNumberScheduled ?? 0) !== 500) throw new Error('rollout did not finish');
  }, { runs: 3, warmup: 1 });
  rows.push({ name: 'RollingUpdate of 500 nodes, maxUnavailable 10% (to completion)', median: roll, unit: 'ms' });
  return rows;
}
