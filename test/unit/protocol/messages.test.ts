import * as assert from 'node:assert/strict';
import { parseFromWebview, parseToWebview, type FromWebview } from '../../../src/protocol/messages';

suite('protocol: parseFromWebview', () => {
  test('accepts every well-formed intent unchanged', () => {
    const good: FromWebview[] = [
      { type: 'ready' }, { type: 'play' }, { type: 'pause' }, { type: 'step' }, { type: 'setSpeed', speed: 5 },
      { type: 'addNode', name: 'worker-4' }, { type: 'removeNode', node: 'worker-1' },
      { type: 'labelNode', node: 'worker-1', key: 'disk', value: 'ssd' }, { type: 'labelNode', node: 'worker-1', key: 'disk' },
      { type: 'taintNode', node: 'worker-1', key: 'gpu', value: 'true', effect: 'NoSchedule' },
      { type: 'taintNode', node: 'worker-1', key: 'gpu', effect: 'NoExecute' },
      { type: 'untaintNode', node: 'worker-1', key: 'gpu', effect: 'NoSchedule' },
      { type: 'setCordon', node: 'worker-2', cordoned: true }, { type: 'setNodeReady', node: 'worker-2', ready: 'False' },
      { type: 'deletePod', pod: 'fluentd-abcde' }, { type: 'rolloutUndo', daemonSet: 'fluentd' },
      { type: 'importNodes' }, { type: 'exportNodes' }, { type: 'resetCluster' },
    ];
    for (const m of good) assert.deepEqual(parseFromWebview(JSON.parse(JSON.stringify(m))), m);
  });

  test('drops extra properties instead of passing them on', () => {
    assert.deepEqual(parseFromWebview({ type: 'removeNode', node: 'n1', evil: '<script>' }), { type: 'removeNode', node: 'n1' });
  });

  test('rejects malformed messages', () => {
    const bad: unknown[] = [
      undefined, null, 42, 'ready', [], {}, { type: 'nope' }, { type: 'removeNode' }, { type: 'removeNode', node: '' },
      { type: 'removeNode', node: 7 }, { type: 'setSpeed', speed: 3 }, { type: 'setSpeed', speed: '1' },
      { type: 'taintNode', node: 'n', key: 'k', effect: 'NoSchedul' }, { type: 'taintNode', node: 'n', key: 'k', value: 3, effect: 'NoSchedule' },
      { type: 'setCordon', node: 'n', cordoned: 'yes' }, { type: 'setNodeReady', node: 'n', ready: true },
      { type: 'addNode', name: 'x'.repeat(300) }, { type: 'labelNode', node: 'n', key: 'k', value: null },
      { type: 'rolloutUndo' }, { type: 'deletePod', pod: {} },
    ];
    for (const m of bad) assert.equal(parseFromWebview(m), undefined, JSON.stringify(m));
  });
});

suite('protocol: parseToWebview', () => {
  test('accepts a snapshot and a notice, rejects others', () => {
    const snapshot = { seq: 1, time: 0, playing: false, speed: 1, previewMode: 'live', lang: 'en', strings: {}, nodes: [], daemonSets: [], events: [], problems: [] };
    assert.equal(parseToWebview({ type: 'snapshot', snapshot })?.type, 'snapshot');
    assert.deepEqual(parseToWebview({ type: 'notice', level: 'error', message: 'x' }), { type: 'notice', level: 'error', message: 'x' });
    assert.equal(parseToWebview({ type: 'snapshot', snapshot: { ...snapshot, nodes: 'x' } }), undefined);
    assert.equal(parseToWebview({ type: 'notice', level: 'warn', message: 'x' }), undefined);
    assert.equal(parseToWebview(null), undefined);
  });
});
