/* global MessageEvent, requestAnimationFrame -- the frame-time measurement runs inside the Chromium page */
// Cluster panel (issue 5):
//  - the panel's frame time (median and p95) in Chromium at 500 and 5,000 nodes during a rollout: the real webview
//    UI (src/webview, as the playground builds it into web/dist/panel.html) receives one snapshot of a stepping
//    RollingUpdate per animation frame, as the extension posts them; frame time = time between animation frames;
//  - the time from an edit of the manifest to the new state being ready to draw (YAML parse, API validation and
//    apply, settle, buildSnapshot, the message as posted — nodes' labels and taints only when changed — as JSON)
//    at 4 and at 5,000 nodes, in Node;
//  - buildSnapshot alone and its JSON size.
// Targets: ≥ 30 fps at 5,000 nodes (frame ≤ 33 ms); edit-to-state < 16 ms at 4 nodes and < 100 ms at 5,000.
// Run: npm run bench -- panel
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { yamlBrowserBuild } from './yamlBrowserBuild.mjs';
import { median, timeMedian } from './benchUtil.mjs';
import { serveStatic } from './start-web.mjs';
import { chromiumArgs, chromiumPath } from './code-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const entry = `
import { parseAllDocuments } from 'yaml';
import { createSimulation } from './src/core/sim/simulation';
import { buildSnapshot } from './src/core/view/buildSnapshot';
import { defaultClusterNodes, newWorkerNode } from './src/core/nodes/defaultCluster';
import { SnapshotEncoder } from './src/protocol/snapshotWire';
export function manifest(image) {
  return 'apiVersion: apps/v1\\nkind: DaemonSet\\nmetadata:\\n  name: agent\\nspec:\\n  selector:\\n    matchLabels: {app: agent}\\n'
    + '  minReadySeconds: 5\\n  updateStrategy:\\n    type: RollingUpdate\\n    rollingUpdate: {maxUnavailable: 10%}\\n'
    + '  template:\\n    metadata:\\n      labels: {app: agent}\\n    spec:\\n      tolerations:\\n      - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}\\n'
    + '      containers:\\n      - name: agent\\n        image: ' + image + '\\n';
}
export function setup(n) {
  const sim = createSimulation({ seed: 1 });
  const nodes = n === 4 ? defaultClusterNodes() : Array.from({ length: n }, (_, i) => newWorkerNode('node-' + String(i).padStart(5, '0')));
  for (const node of nodes) sim.addNode(node);
  edit(sim, manifest('agent:1'));
  sim.advance(10);
  return sim;
}
let seq = 0;
/** One encoder per simulation, as the panel keeps one per webview: the first snapshot carries every node's labels. */
const encoders = new WeakMap();
export function wire(sim, snap) {
  let e = encoders.get(sim);
  if (!e) encoders.set(sim, (e = new SnapshotEncoder()));
  return e.encode(snap);
}
export function resetWire(sim) { encoders.delete(sim); }
export function snapshot(sim) {
  return buildSnapshot(sim, { seq: ++seq, playing: true, speed: 1, previewMode: 'live', lang: 'en', sources: { agent: 'agent.yaml' } });
}
/** What the live preview does with a changed text, up to the message the panel receives. */
export function edit(sim, text) {
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(doc.errors[0].message);
    const r = sim.apply(doc.toJS());
    if (!r.accepted) throw new Error(r.message);
  }
  sim.settle();
  return JSON.stringify({ type: 'snapshot', snapshot: wire(sim, snapshot(sim)) });
}`;

async function loadCore() {
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', plugins: [yamlBrowserBuild] });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  return mod.exports;
}

/** Snapshots of a rollout (new image, maxUnavailable 10 %, minReadySeconds 5) taken every virtual second. */
function rolloutSnapshots(core, n, count) {
  const sim = core.setup(n);
  core.edit(sim, core.manifest('agent:2'));
  core.resetWire(sim); // a new page: the first snapshot carries every node's base
  const out = [];
  for (let i = 0; i < count; i++) { sim.advance(1); out.push(JSON.stringify(core.wire(sim, core.snapshot(sim)))); }
  return out;
}

async function frameTimes(page, snapshots, frames) {
  await page.evaluate((s) => { window.__snaps = s.map((x) => JSON.parse(x)); }, snapshots);
  return page.evaluate((count) => new Promise((resolve) => {
    const snaps = window.__snaps;
    const times = [];
    let last = 0;
    let i = 0;
    const tick = (now) => {
      if (i > 1) times.push(now - last);
      last = now;
      if (i >= count + 1) { resolve(times); return; }
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'snapshot', snapshot: snaps[i % snaps.length] } }));
      i++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), frames);
}

export async function run() {
  const core = await loadCore();
  const rows = [];

  // Edit to state ready to draw.
  for (const n of [4, 5000]) {
    const times = [];
    for (let k = 0; k < (n > 100 ? 9 : 41); k++) {
      const sim = core.setup(n);
      const t0 = performance.now();
      core.edit(sim, core.manifest(`agent:${k + 2}`));
      times.push(performance.now() - t0);
    }
    rows.push({ name: `edit → state ready to draw (parse, apply, settle, snapshot, JSON), ${n} nodes`, median: median(times.slice(n > 100 ? 1 : 5)), unit: 'ms', note: n > 100 ? 'target < 100 ms' : 'target < 16 ms' });
  }
  for (const n of [500, 5000]) {
    const sim = core.setup(n);
    core.resetWire(sim);
    const kib = (x) => Math.round(JSON.stringify(x).length / 1024);
    const first = kib(core.wire(sim, core.snapshot(sim)));
    rows.push({ name: `buildSnapshot, ${n} nodes`, median: await timeMedian(() => core.snapshot(sim), { runs: 11, warmup: 2 }), unit: 'ms', note: `posted as JSON: ${first} KiB first, then ${kib(core.wire(sim, core.snapshot(sim)))} KiB while no node changes` });
  }

  // Frame time in Chromium.
  if (!existsSync(join(root, 'web/dist/panel.html'))) execFileSync('npx', ['vite', 'build', 'web', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(join(root, 'web/dist/'), 0);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const n of [500, 5000]) {
      const snapshots = rolloutSnapshots(core, n, 24);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${server.address().port}/panel.html`);
      await page.waitForSelector('#app');
      await frameTimes(page, snapshots.slice(0, 2), 5); // first render
      const times = (await frameTimes(page, snapshots, 90)).sort((a, b) => a - b);
      const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
      const med = median(times);
      rows.push({ name: `panel frame time during a rollout, ${n} nodes: median`, median: med, unit: 'ms', note: `${(1000 / med).toFixed(0)} fps${n > 1000 ? '; target ≥ 30 fps' : ''}` });
      rows.push({ name: `panel frame time during a rollout, ${n} nodes: p95`, median: p95, unit: 'ms' });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(r.name.padEnd(48), r.median.toFixed(2), r.unit, r.note ?? '');
}
