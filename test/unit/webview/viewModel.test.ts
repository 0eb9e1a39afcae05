import * as assert from 'node:assert/strict';
import type { CellView, DaemonSetView, NodeView, PodView } from '../../../src/protocol/messages';
import { cellSummary, filterNodes, nextWorkerName, podDescription, podIcon, revisionClass, rolloutProgress, rowHeight, scrollToShow, visibleWindow } from '../../../src/webview/viewModel';

function node(name: string, extra: Partial<NodeView> = {}): NodeView {
  return { name, role: '', labels: [['kubernetes.io/hostname', name]], taints: [], unschedulable: false, ready: 'True', cpu: '4', memory: '8Gi', pods: '110', cells: [], ...extra };
}
const s = (k: string) => k;
const pod = (p: Partial<PodView> = {}): PodView => ({ name: 'fluentd-x', phase: 'Running', ready: true, rev: 2, updated: true, terminating: false, ...p });
const ds = (d: Partial<DaemonSetView> = {}): DaemonSetView => ({ name: 'ds', namespace: 'default', desired: 4, current: 4, ready: 4, upToDate: 4, available: 4, misscheduled: 0, strategy: 'RollingUpdate', revision: 1, ...d });

suite('webview: view model', () => {
  test('filterNodes matches name, role, labels, taints and state words (all words must match)', () => {
    const nodes = [
      node('control-plane', { role: 'control-plane', taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }),
      node('worker-1', { labels: [['topology.kubernetes.io/zone', 'a']] }),
      node('worker-2', { unschedulable: true, ready: 'False' }),
    ];
    assert.deepEqual(filterNodes(nodes, ''), [0, 1, 2]);
    assert.deepEqual(filterNodes(nodes, 'WORKER'), [1, 2]);
    assert.deepEqual(filterNodes(nodes, 'noschedule'), [0]);
    assert.deepEqual(filterNodes(nodes, 'zone=a'), [1]);
    assert.deepEqual(filterNodes(nodes, 'worker cordoned'), [2]);
    assert.deepEqual(filterNodes(nodes, 'notready'), [2]);
  });

  test('visibleWindow draws only rows in view plus overscan, clamped to the list', () => {
    assert.deepEqual(visibleWindow(0, 600, 5000, 6), { first: 0, end: Math.ceil(600 / rowHeight) + 6 });
    const mid = visibleWindow(rowHeight * 2500, 600, 5000, 6);
    assert.equal(mid.first, 2494);
    assert.ok(mid.end - mid.first < 40);
    assert.deepEqual(visibleWindow(rowHeight * 4990, 600, 5000, 6).end, 5000);
    assert.deepEqual(visibleWindow(0, 600, 0), { first: 0, end: 0 });
  });

  test('scrollToShow scrolls just enough to reveal a row', () => {
    assert.equal(scrollToShow(0, 300, 600), 0);
    assert.equal(scrollToShow(5, 0, 600), 0);
    assert.equal(scrollToShow(20, 0, 600), 21 * rowHeight - 600);
  });

  test('revision colours cycle; rollout progress and completeness', () => {
    assert.equal(revisionClass(1), 'rev-0');
    assert.equal(revisionClass(2), 'rev-1');
    assert.equal(revisionClass(7), 'rev-0');
    assert.equal(revisionClass(0), 'rev-5');
    assert.deepEqual(rolloutProgress(ds()), { value: 4, max: 4, complete: true });
    assert.deepEqual(rolloutProgress(ds({ upToDate: 1, available: 3 })), { value: 1, max: 4, complete: false });
    assert.equal(rolloutProgress(ds({ misscheduled: 1 })).complete, false);
  });

  test('pods: icon by state, description for screen readers, cell summary or first reason', () => {
    assert.equal(podIcon(pod()), 'check');
    assert.equal(podIcon(pod({ phase: 'Pending', ready: false })), 'clock');
    assert.equal(podIcon(pod({ terminating: true })), 'trash');
    assert.equal(podDescription(pod({ updated: false }), s), 'fluentd-x, Running, ready, revision 2, old revision');
    const cell: CellView = { pods: [], reasons: ['taint not tolerated: a:NoSchedule', 'x'] };
    assert.equal(cellSummary(cell, s), 'taint not tolerated: a:NoSchedule');
    assert.equal(cellSummary({ pods: [] }, s), 'no pod');
    assert.equal(cellSummary({ pods: [pod(), pod({ phase: 'Pending', rev: 3 })] }, s), 'Running r2, Pending r3');
  });
  test('the Add node field suggests the first free worker-N after the highest', () => {
    const node = (name: string) => ({ name, role: '', labels: [], taints: [], unschedulable: false, ready: 'True' as const, cpu: '', memory: '', pods: '', cells: [] });
    assert.equal(nextWorkerName([node('control-plane'), node('worker-1'), node('worker-3')]), 'worker-4');
    assert.equal(nextWorkerName([node('control-plane')]), 'worker-1');
    assert.equal(nextWorkerName([node('worker-2'), node('worker-10'), node('worker-11x')]), 'worker-11');
  });
});
