import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import { defaultClusterNodes } from '../../../src/core/nodes/defaultCluster';
import { buildSnapshot } from '../../../src/core/view/buildSnapshot';
import type { Simulation } from '../../../src/core/sim/api';
import type { SnapshotWire } from '../../../src/protocol/messages';
import { SnapshotDecoder, SnapshotEncoder } from '../../../src/protocol/snapshotWire';

const ds = (image: string) => ({
  apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image }] } } },
});
let seq = 0;
const snap = (sim: Simulation) => buildSnapshot(sim, { seq: ++seq, playing: false, speed: 1, previewMode: 'live', lang: 'en' });
/** What crosses postMessage: JSON in VS Code. */
const post = (w: SnapshotWire): SnapshotWire => JSON.parse(JSON.stringify(w)) as SnapshotWire;
const withBase = (w: SnapshotWire) => w.nodes.filter((n) => n.base !== undefined).map((n) => n.name);

suite('protocol: snapshots on the wire (node bases only when changed)', () => {
  test('the webview rebuilds every snapshot exactly, while labels and taints travel only when new or changed', () => {
    const sim = createSimulation({ seed: 2 });
    for (const n of defaultClusterNodes()) sim.addNode(n);
    sim.apply(ds('a:1'));
    sim.settle();
    const enc = new SnapshotEncoder();
    const dec = new SnapshotDecoder();
    const all = ['control-plane', 'worker-1', 'worker-2', 'worker-3'];
    const steps: [string, () => void, string[]][] = [
      ['first snapshot', () => undefined, all],
      ['a rollout changes no node', () => { sim.apply(ds('a:2')); sim.advance(3); }, []],
      ['a label', () => sim.labelNode('worker-2', { disk: 'ssd' }), ['worker-2']],
      ['a taint', () => sim.taintNode('worker-1', [{ key: 'gpu', effect: 'NoSchedule' }]), ['worker-1']],
      ['cordon and not ready', () => { sim.cordon('worker-3'); sim.setNodeReady('worker-3', 'False'); sim.settle(); }, ['worker-3']],
      ['a removed node', () => sim.removeNode('worker-2'), []],
      ['the same name again: a new node', () => sim.addNode({ name: 'worker-2' }), ['worker-2']],
    ];
    for (const [what, step, expected] of steps) {
      step();
      const s = snap(sim);
      const w = post(enc.encode(s));
      assert.deepEqual(withBase(w), expected, what);
      assert.deepEqual(dec.decode(w), JSON.parse(JSON.stringify(s)), what);
    }
    // A webview that starts again gets everything after reset (the extension does that on `ready`).
    const fresh = new SnapshotDecoder();
    const s = snap(sim);
    assert.equal(fresh.decode(post(enc.encode(s))), undefined, 'a new webview cannot use a delta: it asks again');
    enc.reset();
    const w = post(enc.encode(s));
    assert.equal(withBase(w).length, s.nodes.length);
    assert.deepEqual(fresh.decode(w), JSON.parse(JSON.stringify(s)));
  });

  test('the decoder refuses malformed nodes instead of drawing half a node', () => {
    const dec = new SnapshotDecoder();
    const base = { role: '', labels: [], taints: [], unschedulable: false, ready: 'True', cpu: '2', memory: '4Gi', pods: '110' };
    const wire = (nodes: unknown[]) => ({ seq: 1, time: 0, playing: false, speed: 1, previewMode: 'live', lang: 'en', strings: {}, daemonSets: [], events: [], problems: [], nodes }) as unknown as SnapshotWire;
    assert.equal(dec.decode(wire([{ name: 'n1', cells: [], base }]))?.nodes[0].cpu, '2');
    for (const bad of [null, 'n1', { name: 1, cells: [] }, { name: 'n1' }, { name: 'n1', cells: [], base: { ...base, ready: 'Yes' } },
      { name: 'n1', cells: [], base: { ...base, labels: 'x' } }, { name: 'n2', cells: [] }]) {
      assert.equal(dec.decode(wire([bad])), undefined, JSON.stringify(bad));
    }
    assert.equal(dec.decode(wire([{ name: 'n1', cells: [] }]))?.nodes[0].memory, '4Gi', 'a refused message leaves the kept bases alone');
  });
});
