import * as assert from 'node:assert/strict';
import { completeKubectl, getDaemonSetRow, daemonSetAge, rolloutHistoryText, rolloutStatusMessage, runKubectl } from '../../../src/core/kubectl/index';
import { toTimestamp } from '../../../src/core/sim/clock';
import { createFakeSim, makeDaemonSet, makeNode, type FakeSim } from './fakeSim';

function withRevisions(sim: FakeSim, revs: number[]) {
  for (const r of revs) {
    sim.revList.push({ apiVersion: 'apps/v1', kind: 'ControllerRevision', revision: r, metadata: { name: `agent-h${r}`, namespace: 'default', creationTimestamp: toTimestamp(0), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'uid-agent', controller: true }] },
      data: { spec: { template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: `agent:${r}.0` }] }, $patch: 'replace' } } } });
  }
}

suite('kubectl rollout', () => {
  test('status messages follow DaemonSetStatusViewer (R91)', () => {
    const sim = createFakeSim();
    const ds = makeDaemonSet('agent', { generation: 2, status: { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 1, numberAvailable: 1 } });
    sim.dsList.push(ds);
    assert.deepEqual(runKubectl(sim, 'rollout status ds/agent'), { stdout: 'Waiting for daemon set spec update to be observed...\n', stderr: '', exitCode: 0, waiting: true });
    assert.equal(runKubectl(sim, 'rollout status ds/agent --watch=false').waiting, undefined);
    ds.status!.observedGeneration = 2;
    assert.equal(runKubectl(sim, 'rollout status daemonset agent').stdout, 'Waiting for daemon set "agent" rollout to finish: 1 out of 3 new pods have been updated...\n');
    ds.status!.updatedNumberScheduled = 3;
    assert.deepEqual(rolloutStatusMessage(sim, 'agent'), { message: 'Waiting for daemon set "agent" rollout to finish: 1 of 3 updated pods are available...' });
    ds.status!.numberAvailable = 3;
    assert.equal(runKubectl(sim, 'rollout status daemonset.apps/agent').stdout, 'daemon set "agent" successfully rolled out\n');
  });
  test('status with OnDelete is an error (R58); other kinds have no status viewer', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent', { strategy: 'OnDelete' }));
    assert.deepEqual(runKubectl(sim, 'rollout status ds/agent'), { stdout: '', stderr: 'error: rollout status is only available for RollingUpdate strategy type\n', exitCode: 1 });
    assert.deepEqual(rolloutStatusMessage(sim, 'agent'), { error: 'rollout status is only available for RollingUpdate strategy type' });
    sim.nodeList.push(makeNode('n1'));
    assert.equal(runKubectl(sim, 'rollout status node/n1').stderr, 'error: no status viewer has been implemented for Node\n');
    assert.equal(runKubectl(sim, 'rollout status ds/nope').stderr, 'Error from server (NotFound): daemonsets.apps "nope" not found\n');
  });
  test('history prints the NamePrinter header and the padding-2 table (R75, HIS-01)', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    assert.equal(runKubectl(sim, 'rollout history ds/agent').stdout, 'daemonset.apps/agent \nNo rollout history found.\n');
    withRevisions(sim, [4, 3]);
    sim.revList[0].metadata!.annotations = { 'kubernetes.io/change-cause': 'kubectl set image ds/agent agent=agent:4.0' };
    const text = rolloutHistoryText(sim, 'agent');
    assert.equal(text, 'daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n3         <none>\n4         kubectl set image ds/agent agent=agent:4.0\n\n');
    assert.equal(runKubectl(sim, 'rollout history daemonset/agent').stdout, text);
    const one = runKubectl(sim, 'rollout history ds/agent --revision=3').stdout;
    assert.match(one, /^daemonset.apps\/agent with revision #3\nPod Template:\n {2}Labels: {2}app=agent\n {2}Containers:\n {3}agent:\n {4}Image: +agent:3.0\n/);
    assert.equal(runKubectl(sim, 'rollout history ds/agent --revision=9').stderr, 'error: unable to find the specified revision\n');
  });
  test('undo passes --to-revision and prints the simulation\'s result (R74)', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    assert.equal(runKubectl(sim, 'rollout undo ds/agent').stdout, 'daemonset.apps/agent rolled back\n');
    assert.ok(sim.calls.includes('rolloutUndo agent undefined'));
    sim.undoResult = { ok: false, message: 'unable to find specified revision 9 in history' };
    assert.deepEqual(runKubectl(sim, 'rollout undo daemonset/agent --to-revision=9'), { stdout: '', stderr: 'error: unable to find specified revision 9 in history\n', exitCode: 1 });
    assert.ok(sim.calls.includes('rolloutUndo agent 9'));
  });
  test('restart sets kubectl.kubernetes.io/restartedAt to the virtual time; twice in the same second fails', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.t = 61;
    assert.equal(runKubectl(sim, 'rollout restart ds/agent').stdout, 'daemonset.apps/agent restarted\n');
    assert.equal(sim.dsList[0].spec?.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'], '2025-01-01T00:01:01Z');
    assert.equal(runKubectl(sim, 'rollout restart ds/agent').stderr, 'error: failed to create patch for agent: if restart has already been triggered within the past second, please wait before attempting to trigger another\n');
    assert.equal(runKubectl(sim, 'rollout pause ds/agent').stderr, 'error: daemonsets.apps "agent" pausing is not supported\n');
  });
});

suite('kubectl set image / scale / misc', () => {
  test('set image updates the template through apply; unknown container is an error', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    assert.equal(runKubectl(sim, 'set image ds/agent agent=agent:2.0').stdout, 'daemonset.apps/agent image updated\n');
    assert.equal(sim.dsList[0].spec?.template.spec?.containers[0].image, 'agent:2.0');
    assert.equal(runKubectl(sim, 'set image daemonset agent agent=agent:2.0').stdout, '');
    assert.equal(runKubectl(sim, 'set image ds/agent web=x:1').stderr, 'error: unable to find container named "web"\n');
    assert.equal(runKubectl(sim, 'set image ds/agent *=agent:3.0').stdout, 'daemonset.apps/agent image updated\n');
    const partial = runKubectl(sim, 'set image ds/agent agent=agent:4.0 web=x:1');
    assert.deepEqual(partial, { stdout: 'daemonset.apps/agent image updated\n', stderr: 'error: unable to find container named "web"\n', exitCode: 1 });
    assert.equal(sim.dsList[0].spec?.template.spec?.containers[0].image, 'agent:4.0');
  });
  test('scale: a DaemonSet has no scale subresource', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    const r = runKubectl(sim, 'scale ds agent --replicas=3');
    assert.equal(r.exitCode, 1);
    assert.ok(r.stderr.startsWith('Error from server (NotFound): the server could not find the requested resource\n(simulator) A DaemonSet has no replica count'), r.stderr);
    assert.match(runKubectl(sim, 'scale ds agent').stderr, /^error: The --replicas=COUNT flag is required/);
    assert.equal(runKubectl(sim, 'scale ds ghost --replicas=1').stderr, 'Error from server (NotFound): daemonsets.apps "ghost" not found\n');
  });
  test('version, api-resources, explain, help', () => {
    const sim = createFakeSim();
    assert.equal(runKubectl(sim, 'version').stdout, 'Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n');
    assert.equal(runKubectl(sim, 'version --client').stdout, 'Client Version: v1.34.0\nKustomize Version: v5.7.1\n');
    const api = runKubectl(sim, 'api-resources').stdout;
    assert.match(api, /^NAME {18}SHORTNAMES {3}APIVERSION {3}NAMESPACED {3}KIND\n/);
    assert.match(api, /\ndaemonsets {12}ds {11}apps\/v1 {6}true {9}DaemonSet\n/);
    assert.match(runKubectl(sim, 'explain ds.spec').stdout, /^GROUP: {6}apps\nKIND: {7}DaemonSet\nVERSION: {4}v1\n\nFIELD: spec\n\nDESCRIPTION:\n/);
    assert.match(runKubectl(sim, 'help').stdout, /^kubectl controls the Kubernetes cluster manager\./);
    assert.match(runKubectl(sim, 'get --help').stdout, /kubectl controls/);
  });
  test('unknown commands and flags get kubectl\'s errors; internal errors never escape', () => {
    const sim = createFakeSim();
    assert.deepEqual(runKubectl(sim, 'foo'), { stdout: '', stderr: 'error: unknown command "foo" for "kubectl"\nRun \'kubectl --help\' for usage.\n', exitCode: 1 });
    assert.equal(runKubectl(sim, 'gte pods').stderr, 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\nRun \'kubectl --help\' for usage.\n');
    assert.deepEqual(runKubectl(sim, 'get ds --bogus'), { stdout: '', stderr: "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n", exitCode: 1 });
    assert.equal(runKubectl(sim, 'get "ds').stderr, 'error: unterminated quoted string\n');
    const broken = { ...sim, daemonSets: () => { throw new TypeError('boom'); } };
    const r = runKubectl(broken, 'get ds');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderr, 'error: internal error in the simulated kubectl: boom\n');
    assert.deepEqual(runKubectl(sim, ['kubectl', 'get', 'ds']), { stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    assert.match(runKubectl(sim, '-n kube-system get ds').stderr, /namespace "kube-system" refers to it\n$/);
    assert.match(runKubectl(sim, 'logs agent-abcde').stderr, /^error: the virtual cluster runs no containers, so pods have no logs/);
    assert.match(runKubectl(sim, 'edit ds agent', { language: 'ko' }).stderr, /^error: 시뮬레이션 kubectl은 편집기를 열 수 없습니다/);
  });
});

suite('kubectl pipelines (seed 001: get pods | grep)', () => {
  test('grep, head, tail and wc -l filter stdout; the last stage sets the status', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'), makeDaemonSet('fluentd-elasticsearch'));
    assert.deepEqual(runKubectl(sim, 'get ds | grep fluentd'), {
      stdout: 'fluentd-elasticsearch   0         0         0       0            0           <none>          0s\n', stderr: '', exitCode: 0 });
    assert.equal(runKubectl(sim, 'get ds | grep -v NAME | wc -l').stdout, '2\n');
    assert.equal(runKubectl(sim, "get ds -o name | grep -E 'agent|fluentd' | tail -n 1").stdout, 'daemonset.apps/fluentd-elasticsearch\n');
    assert.equal(runKubectl(sim, 'get ds | head -1').stdout.startsWith('NAME '), true);
    assert.deepEqual(runKubectl(sim, 'get ds | grep nothing'), { stdout: '', stderr: '', exitCode: 1 });
    assert.equal(runKubectl(sim, 'get ds nope | grep x').stderr, 'Error from server (NotFound): daemonsets.apps "nope" not found\n');
    assert.equal(runKubectl(sim, "get ds -l 'a in (b)' | wc -l").stdout, '0\n');
    assert.match(runKubectl(sim, 'get ds > out.txt').stderr, /^error: ">" is not supported by the simulated terminal/);
    assert.match(runKubectl(sim, 'get ds | sort').stderr, /"sort" is not available in the simulated terminal/);
  });
});

suite('kubectl scenario helpers and completion', () => {
  test('getDaemonSetRow drops AGE and joins with single spaces (KCT-01)', () => {
    const sim = createFakeSim();
    sim.t = 150;
    sim.dsList.push(makeDaemonSet('agent', { status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 } }));
    assert.equal(getDaemonSetRow(sim, 'agent'), 'agent 2 2 2 2 2 <none>');
    assert.equal(getDaemonSetRow(sim, 'agent', true), 'agent 2 2 2 2 2 <none> agent agent:1.0 app=agent');
    assert.equal(daemonSetAge(sim, 'agent'), '2m30s');
    assert.throws(() => getDaemonSetRow(sim, 'nope'), /not found/);
  });
  test('completion offers commands, types, names, subcommands and flags', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'), makeDaemonSet('audit'));
    sim.nodeList.push(makeNode('n1'), makeNode('n2'));
    assert.deepEqual(completeKubectl(sim, 'ge'), ['get']);
    assert.deepEqual(completeKubectl(sim, 'kubectl d'), ['delete', 'describe', 'drain']);
    assert.deepEqual(completeKubectl(sim, 'get d'), ['daemonsets', 'ds']);
    assert.deepEqual(completeKubectl(sim, 'get ds a'), ['agent', 'audit']);
    assert.deepEqual(completeKubectl(sim, 'describe ds/ag'), ['ds/agent']);
    assert.deepEqual(completeKubectl(sim, 'cordon '), ['n1', 'n2']);
    assert.deepEqual(completeKubectl(sim, 'rollout u'), ['undo']);
    assert.deepEqual(completeKubectl(sim, 'rollout status daemonset/au'), ['daemonset/audit']);
    assert.deepEqual(completeKubectl(sim, 'get ds -o '), ['json', 'name', 'wide', 'yaml']);
    assert.deepEqual(completeKubectl(sim, 'delete ds agent --cas'), ['--cascade']);
    assert.deepEqual(completeKubectl(sim, 'set image ds/agent a'), ['agent=']);
  });
});
