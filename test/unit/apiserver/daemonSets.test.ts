import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';
import { setDefaultsDaemonSet } from '../../../src/core/apiserver/defaults';
import type { DaemonSet } from '../../../src/core/model/types';

const manifest = (image: string, strategy?: Record<string, unknown>) => ({
  apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'agent' } }, ...(strategy ? { updateStrategy: strategy } : {}),
    template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image, ports: [{ containerPort: 80 }] }] } } },
});

suite('apiserver: defaults, rollback and delete', () => {
  test('SetDefaults_DaemonSet: RollingUpdate budgets; OnDelete leaves rollingUpdate alone; container defaults', () => {
    const d = setDefaultsDaemonSet(manifest('nginx') as DaemonSet);
    assert.deepEqual(d.spec?.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    const c = d.spec?.template?.spec?.containers[0];
    assert.equal(c?.imagePullPolicy, 'Always');
    assert.equal(c?.ports?.[0].protocol, 'TCP');
    assert.equal(c?.terminationMessagePath, '/dev/termination-log');
    const o = setDefaultsDaemonSet(manifest('nginx:1.27', { type: 'OnDelete', rollingUpdate: { maxUnavailable: 0 } }) as DaemonSet);
    assert.deepEqual(o.spec?.updateStrategy, { type: 'OnDelete', rollingUpdate: { maxUnavailable: 0 } });
    assert.equal(o.spec?.template?.spec?.containers[0].imagePullPolicy, 'IfNotPresent');
  });
  test('rollout undo: no history, second-highest, renumbering, skipped, missing revision (R74)', () => {
    const sim = createSimulation({ seed: 2 });
    sim.addNode({ name: 'n1' });
    sim.apply(manifest('a:1'));
    sim.settle();
    assert.deepEqual(sim.rolloutUndo('agent'), { ok: false, message: 'no last revision to roll back to' });
    sim.apply(manifest('a:2'));
    sim.settle();
    assert.deepEqual(sim.rolloutUndo('agent'), { ok: true, message: 'daemonset.apps/agent rolled back' });
    sim.settle();
    assert.deepEqual(sim.controllerRevisions().map((r) => r.revision).sort(), [2, 3]);
    assert.equal(sim.getDaemonSet('agent')?.spec?.template?.spec?.containers[0].image, 'a:1');
    assert.deepEqual(sim.rolloutUndo('agent', 3), { ok: true, message: 'daemonset.apps/agent skipped rollback (current template already matches revision 3)' });
    assert.deepEqual(sim.rolloutUndo('agent', 7), { ok: false, message: 'unable to find specified revision 7 in history' });
    assert.equal(sim.rolloutUndo('nope').ok, false);
  });
  test('delete: not found; orphan keeps pods and revisions without owners (R80)', () => {
    const sim = createSimulation({ seed: 2 });
    sim.addNode({ name: 'n1' });
    sim.apply(manifest('a:1'));
    sim.settle();
    assert.deepEqual(sim.deleteDaemonSet('x', 'background'), { ok: false, message: 'Error from server (NotFound): daemonsets.apps "x" not found' });
    assert.deepEqual(sim.deleteDaemonSet('agent', 'orphan'), { ok: true, message: 'daemonset.apps "agent" deleted' });
    sim.settle();
    assert.equal(sim.pods().length, 1);
    assert.equal(sim.pods()[0].metadata?.ownerReferences?.length ?? 0, 0);
    assert.equal(sim.controllerRevisions()[0].metadata?.ownerReferences?.length ?? 0, 0);
    assert.equal(sim.podWasOwned(sim.pods()[0].metadata?.name ?? ''), true);
  });
});
