// Panel view model at scale: median time to build a ClusterSnapshot (buildSnapshot) and its JSON size at
// 5,000 nodes with one DaemonSet on every node. Uses the real createSimulation when it exists, otherwise the
// kubectl tests' fake simulation filled with the same objects. Run: npm run bench -- panel
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { timeMedian } from './benchUtil.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const real = existsSync(`${root}src/core/sim/simulation.ts`);

const entry = real ? `
import { createSimulation } from './src/core/sim/simulation';
import { buildSnapshot } from './src/core/view/buildSnapshot';
import { newWorkerNode } from './src/core/nodes/defaultCluster';
export function setup(n) {
  const sim = createSimulation({ seed: 1 });
  for (let i = 0; i < n; i++) sim.addNode(newWorkerNode('node-' + i));
  sim.apply({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } },
    template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'agent:1' }] } } } });
  sim.settle();
  return sim;
}
export { buildSnapshot };` : `
import { createFakeSim, makeDaemonSet, makeNode, makePod } from './test/unit/kubectl/fakeSim';
import { buildSnapshot } from './src/core/view/buildSnapshot';
export function setup(n) {
  const sim = createFakeSim();
  for (let i = 0; i < n; i++) { sim.nodeList.push(makeNode('node-' + i)); sim.podList.push(makePod('agent-' + i, { ds: 'agent', node: 'node-' + i })); }
  sim.dsList.push(makeDaemonSet('agent'));
  sim.placement = () => sim.nodeList.map((nd) => ({ node: nd.metadata.name, shouldRun: true, shouldContinueRunning: true, reasons: [] }));
  return sim;
}
export { buildSnapshot };`;

export async function run() {
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const { setup, buildSnapshot } = mod.exports;
  const rows = [];
  for (const n of [500, 5000]) {
    const sim = setup(n);
    let seq = 0;
    const opts = () => ({ seq: ++seq, playing: false, speed: 1, previewMode: 'live', lang: 'en' });
    const ms = await timeMedian(() => buildSnapshot(sim, opts()), { runs: 11, warmup: 2 });
    const json = await timeMedian(() => JSON.stringify(buildSnapshot(sim, opts())), { runs: 5, warmup: 1 });
    const bytes = JSON.stringify(buildSnapshot(sim, opts())).length;
    const src = real ? 'createSimulation' : 'fake simulation';
    rows.push({ name: `buildSnapshot, ${n} nodes`, median: ms, unit: 'ms', note: src });
    rows.push({ name: `buildSnapshot + JSON.stringify, ${n} nodes`, median: json, unit: 'ms', note: `${Math.round(bytes / 1024)} KiB` });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(r.name.padEnd(48), r.median.toFixed(2), r.unit, r.note ?? '');
}
