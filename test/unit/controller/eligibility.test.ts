import * as assert from 'node:assert/strict';
import type { DaemonSet, Node, Taint } from '../../../src/core/model/types';
import { addDaemonPodTolerations, nodeSelectorMatches, nodeShouldRunDaemonPod, toleratesTaint } from '../../../src/core/controller/eligibility';

function node(name: string, labels: Record<string, string> = {}, taints: Taint[] = [], unschedulable = false): Node {
  return { metadata: { name, labels }, spec: { taints, unschedulable }, status: { conditions: [{ type: 'Ready', status: 'False' }] } };
}
function ds(spec: Record<string, unknown> = {}): DaemonSet {
  return { metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'a' }], ...spec } } } } as DaemonSet;
}

suite('controller/eligibility: toleration matching (R22)', () => {
  const taint: Taint = { key: 'k', value: 'v', effect: 'NoSchedule' };
  test('Equal needs the same value; empty operator means Equal', () => {
    assert.equal(toleratesTaint({ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }, taint), true);
    assert.equal(toleratesTaint({ key: 'k', value: 'v' }, taint), true);
    assert.equal(toleratesTaint({ key: 'k', operator: 'Equal', value: 'w' }, taint), false);
  });
  test('Exists ignores the value; empty key with Exists tolerates everything', () => {
    assert.equal(toleratesTaint({ key: 'k', operator: 'Exists' }, taint), true);
    assert.equal(toleratesTaint({ operator: 'Exists' }, { key: 'z', effect: 'NoExecute' }), true);
  });
  test('effect must match when set; tolerationSeconds does not matter', () => {
    assert.equal(toleratesTaint({ key: 'k', operator: 'Exists', effect: 'NoExecute' }, taint), false);
    assert.equal(toleratesTaint({ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 1 }, taint), true);
  });
});

suite('controller/eligibility: node affinity operators (R23)', () => {
  const n = node('n1', { zone: 'a', gen: '5', bad: 'x' });
  const m = (key: string, operator: string, values?: string[]) => nodeSelectorMatches({ nodeSelectorTerms: [{ matchExpressions: [{ key, operator, values }] }] }, n);
  test('In / NotIn (absent label matches NotIn)', () => {
    assert.equal(m('zone', 'In', ['a', 'b']), true);
    assert.equal(m('zone', 'In', ['b']), false);
    assert.equal(m('zone', 'NotIn', ['a']), false);
    assert.equal(m('missing', 'NotIn', ['a']), true);
  });
  test('Exists / DoesNotExist', () => {
    assert.equal(m('zone', 'Exists'), true);
    assert.equal(m('zone', 'DoesNotExist'), false);
    assert.equal(m('missing', 'DoesNotExist'), true);
  });
  test('Gt / Lt are strict integer comparisons; missing or non-integer labels never match', () => {
    assert.equal(m('gen', 'Gt', ['4']), true);
    assert.equal(m('gen', 'Gt', ['5']), false);
    assert.equal(m('gen', 'Lt', ['6']), true);
    assert.equal(m('bad', 'Gt', ['1']), false);
    assert.equal(m('missing', 'Lt', ['9']), false);
  });
  test('terms are ORed; an empty term or empty list matches nothing; matchFields metadata.name', () => {
    assert.equal(nodeSelectorMatches({ nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['z'] }] }, { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }] }, n), true);
    assert.equal(nodeSelectorMatches({ nodeSelectorTerms: [{}] }, n), false);
    assert.equal(nodeSelectorMatches({ nodeSelectorTerms: [] }, n), false);
    assert.equal(nodeSelectorMatches({ nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['n1'] }] }] }, n), false);
  });
});

suite('controller/eligibility: nodeShouldRunDaemonPod (R20, R21)', () => {
  const r = (nd: Node, d: DaemonSet) => { const x = nodeShouldRunDaemonPod(nd, d); return [x.shouldRun, x.shouldContinueRunning]; };
  test('conditions, unschedulable and PreferNoSchedule are ignored', () => {
    assert.deepEqual(r(node('n', {}, [{ key: 'p', effect: 'PreferNoSchedule' }], true), ds()), [true, true]);
  });
  test('untolerated NoSchedule: (false, true); untolerated NoExecute: (false, false)', () => {
    assert.deepEqual(r(node('n', {}, [{ key: 'x', effect: 'NoSchedule' }]), ds()), [false, true]);
    assert.deepEqual(r(node('n', {}, [{ key: 'x', effect: 'NoExecute' }]), ds()), [false, false]);
  });
  test('automatic tolerations: not-ready NoExecute yes, not-ready NoSchedule no, control-plane no, unschedulable yes', () => {
    assert.deepEqual(r(node('n', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]), ds()), [true, true]);
    assert.deepEqual(r(node('n', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }]), ds()), [false, true]);
    assert.deepEqual(r(node('n', {}, [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]), ds()), [false, true]);
    assert.deepEqual(r(node('n', {}, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]), ds()), [true, true]);
  });
  test('network-unavailable is tolerated only with hostNetwork', () => {
    const t = [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }];
    assert.deepEqual(r(node('n', {}, t), ds()), [false, true]);
    assert.deepEqual(r(node('n', {}, t), ds({ hostNetwork: true })), [true, true]);
  });
  test('nodeSelector, affinity and nodeName mismatches give (false, false)', () => {
    assert.deepEqual(r(node('n', { disk: 'hdd' }), ds({ nodeSelector: { disk: 'ssd' } })), [false, false]);
    assert.deepEqual(r(node('n'), ds({ nodeName: 'other' })), [false, false]);
    assert.deepEqual(r(node('n', { zone: 'a' }), ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] }] } } } })), [false, false]);
  });
  test('an automatic toleration replaces an identical user toleration (tolerationSeconds dropped)', () => {
    const tols = addDaemonPodTolerations({ containers: [], tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] });
    assert.deepEqual(tols[0], { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' });
    assert.equal(tols.length, 6);
  });
});
