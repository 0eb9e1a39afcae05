import * as assert from 'node:assert/strict';
import { runKubectl } from '../../../src/core/kubectl/index';
import { toTimestamp } from '../../../src/core/sim/clock';
import { createFakeSim, makeDaemonSet, makeNode, makePod, type FakeSim } from './fakeSim';

function seedCluster(): FakeSim {
  const sim = createFakeSim();
  const t = 5 * 86400 + 10 * 3600 + 100;
  sim.t = t;
  const full = { desiredNumberScheduled: 5, currentNumberScheduled: 5, numberReady: 5, updatedNumberScheduled: 5, numberAvailable: 5 };
  for (const [name, st, created, sel] of [
    ['calico-node', full, 0, undefined],
    ['fluentd-elasticsearch', { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 1 }, t - 43, undefined],
    ['kube-proxy', full, 0, { 'kubernetes.io/os': 'linux' }],
    ['nodelocaldns', full, 0, undefined],
  ] as const) {
    sim.dsList.push(makeDaemonSet(name, { status: st, created, nodeSelector: sel }));
  }
  return sim;
}

suite('kubectl get daemonsets', () => {
  test('matches the table of a real `kubectl get daemonset -n kube-system` (seed 001)', () => {
    const r = runKubectl(seedCluster(), 'get daemonset -n kube-system');
    assert.equal(r.exitCode, 0);
    assert.equal(r.stderr, '(simulator) the virtual cluster has a single namespace, "default"; namespace "kube-system" refers to it\n');
    assert.equal(r.stdout, [
      'NAME                    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
      'calico-node             5         5         5       5            5           <none>                   5d10h',
      'fluentd-elasticsearch   2         2         1       2            1           <none>                   43s',
      'kube-proxy              5         5         5       5            5           kubernetes.io/os=linux   5d10h',
      'nodelocaldns            5         5         5       5            5           <none>                   5d10h',
      '',
    ].join('\n'));
  });
  test('single named DaemonSet (seed 001, after OnDelete change)', () => {
    const sim = createFakeSim();
    sim.t = 12 * 60 + 5;
    sim.dsList.push(makeDaemonSet('fluentd-elasticsearch', { status: { desiredNumberScheduled: 2, currentNumberScheduled: 2 } }));
    const r = runKubectl(sim, 'kubectl get daemonset/fluentd-elasticsearch -n kube-system');
    assert.equal(r.stdout, 'NAME                    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\n'
      + 'fluentd-elasticsearch   2         2         0       0            0           <none>          12m\n');
  });
  test('-o wide adds CONTAINERS IMAGES SELECTOR; -A adds NAMESPACE; --show-labels adds LABELS', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent', { status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 } }));
    sim.t = 90;
    assert.equal(runKubectl(sim, 'get ds -o wide').stdout,
      'NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES      SELECTOR\n'
      + 'agent   2         2         2       2            2           <none>          90s   agent        agent:1.0   app=agent\n');
    assert.equal(runKubectl(sim, 'get ds -A').stdout.split('\n')[0], 'NAMESPACE   NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE');
    assert.match(runKubectl(sim, 'get ds --show-labels').stdout, /AGE {3}LABELS\nagent .* 90s {3}<none>\n$/);
  });
  test('empty lists print kubectl\'s message on stderr', () => {
    const sim = createFakeSim();
    assert.deepEqual(runKubectl(sim, 'get ds'), { stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    assert.equal(runKubectl(sim, 'get ds -n kube-system', { language: 'ko' }).stderr,
      'No resources found in default namespace.\n(시뮬레이터) 가상 클러스터에는 "default" 네임스페이스 하나만 있습니다. "kube-system" 네임스페이스는 이것을 가리킵니다\n');
    assert.equal(runKubectl(sim, 'get nodes').stderr, 'No resources found\n');
    assert.equal(runKubectl(sim, 'get pods -A').stderr, 'No resources found\n');
  });
  test('a missing name is NotFound with the group-qualified resource', () => {
    const r = runKubectl(createFakeSim(), 'get ds nope');
    assert.deepEqual(r, { stdout: '', stderr: 'Error from server (NotFound): daemonsets.apps "nope" not found\n', exitCode: 1 });
    assert.equal(runKubectl(createFakeSim(), 'get no/n9').stderr, 'Error from server (NotFound): nodes "n9" not found\n');
  });
  test('unknown type, unknown output format, no type', () => {
    assert.equal(runKubectl(createFakeSim(), 'get deployments').stderr, 'error: the server doesn\'t have a resource type "deployments"\n');
    assert.match(runKubectl(createFakeSim(), 'get ds -o table').stderr, /^error: unable to match a printer suitable for the output format "table", allowed formats are: custom-columns,/);
    const r = runKubectl(createFakeSim(), 'get');
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /^You must specify the type of resource to get/);
  });
  test('-o name, -o yaml (single object vs List) and -o json', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    assert.equal(runKubectl(sim, 'get ds -o name').stdout, 'daemonset.apps/agent\n');
    const y = runKubectl(sim, 'get ds agent -o yaml').stdout;
    assert.match(y, /^apiVersion: apps\/v1\nkind: DaemonSet\nmetadata:\n {2}annotations:\n {4}deprecated.daemonset.template.generation: "1"\n {2}creationTimestamp: "2025-01-01T00:00:00Z"\n/);
    assert.match(y, /\n {2}template:\n {4}metadata:\n {6}labels:\n {8}app: agent\n {4}spec:\n {6}containers:\n {6}- image: agent:1.0\n {8}name: agent\n/);
    const list = runKubectl(sim, 'get ds -o yaml').stdout;
    assert.match(list, /^apiVersion: v1\nitems:\n- apiVersion: apps\/v1\n/);
    assert.match(list, /\nkind: List\nmetadata:\n {2}resourceVersion: ""\n$/);
    const j = JSON.parse(runKubectl(sim, 'get ds agent -o json').stdout) as { kind: string; metadata: { name: string } };
    assert.equal(j.kind, 'DaemonSet');
    assert.equal(j.metadata.name, 'agent');
    assert.match(runKubectl(sim, 'get ds agent -o json').stdout, /^\{\n {4}"apiVersion": "apps\/v1",\n {4}"kind": "DaemonSet",/);
  });
});

suite('kubectl get nodes / pods / controllerrevisions', () => {
  test('node STATUS and ROLES', () => {
    const sim = createFakeSim();
    sim.t = 3600;
    sim.nodeList.push(
      makeNode('cp-1', { labels: { 'node-role.kubernetes.io/control-plane': '' }, taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }),
      makeNode('n1', { unschedulable: true }),
      makeNode('n2', { ready: 'False', labels: { 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/gpu': '' } }),
      makeNode('n3', { ready: 'Unknown' }),
      makeNode('n4', { ready: 'none' }),
    );
    assert.equal(runKubectl(sim, 'get nodes').stdout, [
      'NAME   STATUS                     ROLES           AGE   VERSION',
      'cp-1   Ready                      control-plane   60m   v1.34.0',
      'n1     Ready,SchedulingDisabled   <none>          60m   v1.34.0',
      'n2     NotReady                   gpu,worker      60m   v1.34.0',
      'n3     NotReady                   <none>          60m   v1.34.0',
      'n4     Unknown                    <none>          60m   v1.34.0',
      '',
    ].join('\n'));
    assert.equal(runKubectl(sim, 'get no -l node-role.kubernetes.io/control-plane -o name').stdout, 'node/cp-1\n');
    assert.equal(runKubectl(sim, "get nodes -l 'kubernetes.io/hostname!=n1,kubernetes.io/hostname notin (n2,n3,n4)' -o name").stdout, 'node/cp-1\n');
  });
  test('pod READY/STATUS like printPod: Running, Pending, ContainerCreating, Terminating, Completed, Error, waiting reasons', () => {
    const sim = createFakeSim();
    sim.t = 30;
    const crash = makePod('agent-crash', { ds: 'agent', node: 'n4', phase: 'Running', ready: false });
    crash.status!.containerStatuses = [{ name: 'agent', image: 'img:1', imageID: '', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: toTimestamp(18) } } }];
    sim.podList.push(
      makePod('agent-abcde', { ds: 'agent', node: 'n1' }),
      makePod('agent-pend1', { ds: 'agent', phase: 'Pending' }),
      makePod('agent-creat', { ds: 'agent', node: 'n2', phase: 'Pending' }),
      makePod('agent-term1', { ds: 'agent', node: 'n3', deleting: true }),
      makePod('job-done', { node: 'n1', phase: 'Succeeded' }),
      makePod('job-fail', { node: 'n1', phase: 'Failed' }),
      crash,
    );
    assert.equal(runKubectl(sim, 'get pods').stdout, [
      'NAME          READY   STATUS              RESTARTS      AGE',
      'agent-abcde   1/1     Running             0             30s',
      'agent-crash   0/1     CrashLoopBackOff    4 (12s ago)   30s',
      'agent-creat   0/1     ContainerCreating   0             30s',
      'agent-pend1   0/1     Pending             0             30s',
      'agent-term1   1/1     Terminating         0             30s',
      'job-done      0/1     Completed           0             30s',
      'job-fail      0/1     Error               0             30s',
      '',
    ].join('\n'));
    assert.equal(runKubectl(sim, 'get po -o wide --field-selector spec.nodeName=n1,status.phase=Running').stdout,
      'NAME          READY   STATUS    RESTARTS   AGE   IP       NODE   NOMINATED NODE   READINESS GATES\n'
      + 'agent-abcde   1/1     Running   0          30s   <none>   n1     <none>           <none>\n');
    assert.match(runKubectl(sim, 'get pods --field-selector foo=bar').stderr, /^Error from server \(BadRequest\): .*field label not supported: foo\n$/);
  });
  test('controllerrevisions: CONTROLLER is daemonset.apps/<name>', () => {
    const sim = createFakeSim();
    sim.t = 10;
    sim.revList.push({ apiVersion: 'apps/v1', kind: 'ControllerRevision', revision: 2, metadata: { name: 'agent-6b9f7c', namespace: 'default', creationTimestamp: toTimestamp(5), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'u', controller: true }] } });
    assert.equal(runKubectl(sim, 'get controllerrevisions').stdout, 'NAME           CONTROLLER             REVISION   AGE\nagent-6b9f7c   daemonset.apps/agent   2          5s\n');
  });
  test('several types in one get print one table each, names prefixed with the kind', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
    const out = runKubectl(sim, 'get ds,pods').stdout;
    assert.match(out, /^NAME {19}DESIRED/);
    assert.match(out, /\ndaemonset\.apps\/agent {3}0 /);
    assert.match(out, /\n\nNAME {14}READY {3}STATUS {4}RESTARTS {3}AGE\npod\/agent-abcde {3}1\/1 /);
  });
  test('get all lists pods and daemonsets, names prefixed with the kind', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
    const out = runKubectl(sim, 'get all').stdout;
    assert.match(out, /^NAME {14}READY {3}STATUS {4}RESTARTS {3}AGE\npod\/agent-abcde {3}1\/1 .*\n\nNAME {19}DESIRED/);
  });
  test('-o jsonpath and -o custom-columns', () => {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent', { status: { numberReady: 3 } }), makeDaemonSet('log'));
    assert.equal(runKubectl(sim, "get ds agent -o jsonpath='{.status.numberReady}'").stdout, '3');
    assert.equal(runKubectl(sim, 'get ds -o=jsonpath={.items[*].metadata.name}').stdout, 'agent log');
    assert.equal(runKubectl(sim, 'get ds -o custom-columns=NAME:.metadata.name,IMAGE:.spec.template.spec.containers[0].image').stdout,
      'NAME    IMAGE\nagent   agent:1.0\nlog     log:1.0\n');
    assert.match(runKubectl(sim, 'get ds -o jsonpath').stderr, /^error: template format specified but no template given/);
  });
});
