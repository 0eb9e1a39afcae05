import * as assert from 'node:assert/strict';
import { runKubectl } from '../../../src/core/kubectl/index';
import { createFakeSim, makeDaemonSet, makeNode, makePod } from './fakeSim';

const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: agent:1.0
`;

function files(map: Record<string, string>) {
  return { readFile: (p: string) => map[p] };
}

suite('kubectl apply / create', () => {
  test('apply creates, then reports unchanged and configured; adds last-applied-configuration', () => {
    const sim = createFakeSim();
    const io = files({ 'ds.yaml': DS, 'ds2.yaml': DS.replace('agent:1.0', 'agent:2.0') });
    assert.deepEqual(runKubectl(sim, 'apply -f ds.yaml', io), { stdout: 'daemonset.apps/agent created\n', stderr: '', exitCode: 0 });
    const ann = sim.dsList[0].metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration'] ?? '';
    assert.ok(ann.startsWith('{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"agent"},"spec":'), ann);
    assert.ok(ann.endsWith('\n'));
    assert.equal(runKubectl(sim, 'apply -f ds.yaml', io).stdout, 'daemonset.apps/agent unchanged\n');
    assert.equal(runKubectl(sim, 'kubectl apply --filename=ds2.yaml', io).stdout, 'daemonset.apps/agent configured\n');
    assert.equal(sim.calls.at(-1), 'settle');
  });
  test('a manifest namespace other than the virtual cluster\'s maps onto it with a note', () => {
    const sim = createFakeSim();
    const r = runKubectl(sim, 'apply -f ds.yaml', files({ 'ds.yaml': DS.replace('  name: agent\n', '  name: agent\n  namespace: kube-system\n') }));
    assert.deepEqual(r, { stdout: 'daemonset.apps/agent created\n', stderr: '(simulator) the virtual cluster has a single namespace, "default"; namespace "kube-system" refers to it\n', exitCode: 0 });
  });
  test('create: created, then AlreadyExists with the source file', () => {
    const sim = createFakeSim();
    const io = files({ 'ds.yaml': DS });
    assert.equal(runKubectl(sim, 'create -f ds.yaml', io).stdout, 'daemonset.apps/agent created\n');
    assert.ok(!sim.dsList[0].metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration']);
    assert.deepEqual(runKubectl(sim, 'create -f ds.yaml', io), { stdout: '', stderr: 'Error from server (AlreadyExists): error when creating "ds.yaml": daemonsets.apps "agent" already exists\n', exitCode: 1 });
  });
  test('invalid DaemonSet: one cause on one line, several as a * list (cmdutil MultilineError)', () => {
    const sim = createFakeSim();
    const io = files({ 'ds.yaml': DS });
    sim.applyResult = { accepted: false, name: 'agent', errors: [{ field: 'spec.template.metadata.labels', type: 'Invalid', badValue: { app: 'x' }, detail: '`selector` does not match template `labels`' }] };
    const seen: unknown[] = [];
    assert.deepEqual(runKubectl(sim, 'apply -f ds.yaml', { ...io, onApply: (r) => seen.push(r) }), { stdout: '', stderr: 'The DaemonSet "agent" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`\n', exitCode: 1 });
    assert.deepEqual(seen, [sim.applyResult]);
    sim.applyResult = { accepted: false, name: 'agent', errors: [
      { field: 'spec.template.spec.restartPolicy', type: 'NotSupported', badValue: 'Never', detail: 'supported values: "Always"' },
      { field: 'spec.selector', type: 'Required', detail: '' },
    ] };
    assert.equal(runKubectl(sim, 'apply -f ds.yaml', io).stderr,
      'The DaemonSet "agent" is invalid: \n* spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"\n* spec.selector: Required value\n');
  });
  test('multi-document files, Nodes, and kinds the virtual cluster does not accept', () => {
    const sim = createFakeSim();
    const multi = `${DS}---\napiVersion: v1\nkind: Node\nmetadata:\n  name: n9\n  labels:\n    disk: ssd\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\n`;
    const r = runKubectl(sim, 'apply -f all.yaml', files({ 'all.yaml': multi }));
    assert.equal(r.stdout, 'daemonset.apps/agent created\nnode/n9 created\n');
    assert.equal(r.stderr, 'error: the virtual cluster accepts only DaemonSet (apps/v1) and Node (v1) objects; Deployment "web" in "all.yaml" was not applied\n');
    assert.equal(r.exitCode, 1);
    assert.deepEqual(sim.nodeList.map((n) => n.metadata?.labels?.disk), ['ssd']);
    const ko = runKubectl(sim, 'apply -f all.yaml', { ...files({ 'all.yaml': multi }), language: 'ko' });
    assert.match(ko.stderr, /가상 클러스터는 DaemonSet\(apps\/v1\)과 Node\(v1\) 객체만 받습니다/);
    assert.match(ko.stdout, /node\/n9 unchanged/);
    const relabel = runKubectl(sim, 'apply -f n.yaml', files({ 'n.yaml': 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n9\n  labels:\n    disk: hdd\n' }));
    assert.equal(relabel.stdout, 'node/n9 configured\n');
    assert.equal(sim.nodeList[0].metadata?.labels?.disk, 'hdd');
  });
  test('a kind the API server does not serve is a resource mapping error (lesson 02: kind: Replicaset)', () => {
    const sim = createFakeSim();
    const typo = DS.replace('kind: DaemonSet', 'kind: Replicaset');
    assert.deepEqual(runKubectl(sim, 'apply -f start.yaml', files({ 'start.yaml': typo })), {
      stdout: '', exitCode: 1,
      stderr: 'error: resource mapping not found for name: "agent" namespace: "" from "start.yaml": no matches for kind "Replicaset" in version "apps/v1"\nensure CRDs are installed first\n',
    });
    const old = DS.replace('apiVersion: apps/v1', 'apiVersion: extensions/v1beta1');
    assert.match(runKubectl(sim, 'create -f old.yaml', files({ 'old.yaml': old })).stderr, /no matches for kind "DaemonSet" in version "extensions\/v1beta1"/);
    assert.equal(sim.dsList.length, 0);
  });
  test('file errors: missing file, bad YAML, kind not set, no -f', () => {
    const sim = createFakeSim();
    assert.equal(runKubectl(sim, 'apply -f nope.yaml', files({})).stderr, 'error: the path "nope.yaml" does not exist\n');
    assert.equal(runKubectl(sim, 'apply -f nope.yaml').stderr, 'error: the path "nope.yaml" does not exist\n');
    assert.match(runKubectl(sim, 'apply -f bad.yaml', files({ 'bad.yaml': 'a: [1,\n' })).stderr, /^error: error parsing bad.yaml: error converting YAML to JSON: yaml: /);
    assert.equal(runKubectl(sim, 'apply -f k.yaml', files({ 'k.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n' })).stderr,
      'error: error validating "k.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n');
    assert.equal(runKubectl(sim, 'apply').stderr, "error: must specify one of -f and -k\nSee 'kubectl apply -h' for help and examples\n");
  });
});

suite('kubectl delete (R80)', () => {
  function withDs() {
    const sim = createFakeSim();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.nodeList.push(makeNode('n1'));
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
    return sim;
  }
  test('cascade modes reach the simulation; kubectl 1.34 prints the namespace', () => {
    for (const [flag, cascade] of [['', 'background'], ['--cascade', 'background'], ['--cascade=foreground', 'foreground'], ['--cascade=orphan', 'orphan']]) {
      const sim = withDs();
      const r = runKubectl(sim, `delete ds agent ${flag}`);
      assert.deepEqual(r, { stdout: 'daemonset.apps "agent" deleted from default namespace\n', stderr: '', exitCode: 0 });
      assert.ok(sim.calls.includes(`deleteDaemonSet agent ${cascade}`), sim.calls.join());
    }
  });
  test('--cascade=false / true are deprecated booleans; other values are rejected before deleting', () => {
    let sim = withDs();
    assert.deepEqual(runKubectl(sim, 'delete daemonset/agent --cascade=false'), { stdout: 'daemonset.apps "agent" deleted from default namespace\n', stderr: 'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n', exitCode: 0 });
    assert.ok(sim.calls.includes('deleteDaemonSet agent orphan'));
    sim = withDs();
    assert.equal(runKubectl(sim, 'delete ds agent --cascade=true').stderr, 'warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n');
    sim = withDs();
    assert.deepEqual(runKubectl(sim, 'delete ds agent --cascade=orphaned'), { stdout: '', stderr: 'error: invalid cascade value (orphaned). Must be "background", "foreground", or "orphan"\n', exitCode: 1 });
    assert.equal(sim.dsList.length, 1);
  });
  test('pods and nodes; NotFound; --ignore-not-found; no name', () => {
    const sim = withDs();
    assert.equal(runKubectl(sim, 'delete pod agent-abcde').stdout, 'pod "agent-abcde" deleted from default namespace\n');
    assert.equal(runKubectl(sim, 'delete node n1').stdout, 'node "n1" deleted\n');
    assert.deepEqual(sim.calls.filter((c) => c.startsWith('deletePod') || c.startsWith('removeNode')), ['deletePod agent-abcde', 'removeNode n1']);
    assert.deepEqual(runKubectl(sim, 'delete ds ghost'), { stdout: '', stderr: 'Error from server (NotFound): daemonsets.apps "ghost" not found\n', exitCode: 1 });
    assert.deepEqual(runKubectl(sim, 'delete ds ghost --ignore-not-found'), { stdout: '', stderr: '', exitCode: 0 });
    assert.equal(runKubectl(sim, 'delete ds').stderr, 'error: resource(s) were provided, but no name was specified\n');
    sim.podList.push(makePod('p1', { node: 'n2' }));
    const sim2 = withDs();
    const byFile = runKubectl(sim2, 'delete -f ds.yaml --cascade=orphan', files({ 'ds.yaml': DS }));
    assert.equal(byFile.stdout, 'daemonset.apps "agent" deleted from default namespace\n');
    assert.ok(sim2.calls.includes('deleteDaemonSet agent orphan'));
    assert.equal(runKubectl(sim2, 'delete -f ds.yaml', files({ 'ds.yaml': DS })).stderr, 'Error from server (NotFound): error when deleting "ds.yaml": daemonsets.apps "agent" not found\n');
    const f = runKubectl(sim, 'delete pod p1 --force');
    assert.equal(f.stdout, 'pod "p1" force deleted from default namespace\n');
    assert.match(f.stderr, /^Warning: Immediate deletion does not wait for confirmation/);
  });
});

suite('kubectl label / taint / cordon / drain', () => {
  function nodes() {
    const sim = createFakeSim();
    sim.nodeList.push(makeNode('n1', { labels: { disk: 'ssd' } }), makeNode('n2'));
    return sim;
  }
  test('label node: set, overwrite error, --overwrite, remove, not labeled', () => {
    const sim = nodes();
    assert.equal(runKubectl(sim, 'label node n2 disk=hdd').stdout, 'node/n2 labeled\n');
    assert.deepEqual(runKubectl(sim, 'label nodes n1 disk=hdd'), { stdout: '', stderr: "error: 'disk' already has a value (ssd), and --overwrite is false\n", exitCode: 1 });
    assert.equal(runKubectl(sim, 'label node/n1 disk=hdd --overwrite').stdout, 'node/n1 labeled\n');
    assert.equal(runKubectl(sim, 'label node n1 disk-').stdout, 'node/n1 unlabeled\n');
    assert.equal(runKubectl(sim, 'label node n1 disk-').stdout, 'label "disk" not found.\nnode/n1 not labeled\n');
    assert.equal(runKubectl(sim, 'label node n2 disk=hdd').stdout, 'node/n2 not labeled\n');
    assert.equal(runKubectl(sim, 'label node n2 bad=a=b').stderr, 'error: invalid label spec: bad=a=b\n');
    assert.deepEqual(sim.nodeList.map((n) => n.metadata?.labels?.disk), [undefined, 'hdd']);
  });
  test('label daemonset and pod', () => {
    const sim = nodes();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
    assert.equal(runKubectl(sim, 'label ds agent tier=infra').stdout, 'daemonset.apps/agent labeled\n');
    assert.equal(sim.dsList[0].metadata?.labels?.tier, 'infra');
    assert.equal(runKubectl(sim, 'label pod agent-abcde app=other --overwrite').stdout, 'pod/agent-abcde labeled\n');
    assert.ok(sim.calls.includes('relabelPod agent-abcde {"app":"other"}'));
  });
  test('taint: add, duplicate error, overwrite, remove by key:effect and by key, not found', () => {
    const sim = nodes();
    assert.equal(runKubectl(sim, 'taint node n1 dedicated=logging:NoExecute').stdout, 'node/n1 tainted\n');
    assert.deepEqual(sim.nodeList[0].spec?.taints, [{ key: 'dedicated', value: 'logging', effect: 'NoExecute' }]);
    assert.equal(runKubectl(sim, 'taint nodes n1 dedicated=other:NoExecute').stderr, 'error: Node n1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n');
    assert.equal(runKubectl(sim, 'taint nodes n1 dedicated=other:NoExecute --overwrite').stdout, 'node/n1 modified\n');
    assert.deepEqual(sim.nodeList[0].spec?.taints, [{ key: 'dedicated', value: 'other', effect: 'NoExecute' }]);
    assert.equal(runKubectl(sim, 'taint node n1 gpu:NoSchedule').stdout, 'node/n1 tainted\n');
    assert.equal(runKubectl(sim, 'taint node n1 dedicated:NoExecute-').stdout, 'node/n1 untainted\n');
    assert.equal(runKubectl(sim, 'taint node n1 gpu-').stdout, 'node/n1 untainted\n');
    assert.deepEqual(sim.nodeList[0].spec?.taints, []);
    assert.equal(runKubectl(sim, 'taint node n1 gpu:NoSchedule-').stderr, 'error: taint "gpu:NoSchedule" not found\n');
    assert.equal(runKubectl(sim, 'taint node n1 gpu=x:Sometimes').stderr, 'error: invalid taint effect: Sometimes, unsupported taint effect\n');
    assert.equal(runKubectl(sim, 'taint pod p x=y:NoSchedule').stderr, 'error: invalid resource type pod, only node types are supported\n');
    assert.equal(runKubectl(sim, 'taint node ghost x=y:NoSchedule').stderr, 'Error from server (NotFound): nodes "ghost" not found\n');
  });
  test('cordon / uncordon messages', () => {
    const sim = nodes();
    assert.equal(runKubectl(sim, 'cordon n1').stdout, 'node/n1 cordoned\n');
    assert.equal(runKubectl(sim, 'cordon n1').stdout, 'node/n1 already cordoned\n');
    assert.equal(runKubectl(sim, 'uncordon n1').stdout, 'node/n1 uncordoned\n');
    assert.equal(runKubectl(sim, 'uncordon node/n1').stdout, 'node/n1 already uncordoned\n');
    assert.equal(runKubectl(sim, 'cordon ghost').stderr, 'Error from server (NotFound): nodes "ghost" not found\n');
  });
  test('drain refuses DaemonSet pods without --ignore-daemonsets (node stays cordoned)', () => {
    const sim = nodes();
    sim.dsList.push(makeDaemonSet('agent'));
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }));
    const r = runKubectl(sim, 'drain n1');
    assert.equal(r.stdout, 'node/n1 cordoned\n');
    assert.equal(r.stderr, [
      'error: unable to drain node "n1" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/agent-abcde, continuing command...',
      'There are pending nodes to be drained:',
      ' n1',
      'error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/agent-abcde',
      '',
    ].join('\n'));
    assert.equal(r.exitCode, 1);
    assert.equal(sim.nodeList[0].spec?.unschedulable, true);
  });
  test('drain --ignore-daemonsets evicts other pods and leaves daemon pods; bare pods need --force', () => {
    const sim = nodes();
    sim.dsList.push(makeDaemonSet('agent'));
    const web = makePod('web-1', { node: 'n1' });
    web.metadata!.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'rs', controller: true }];
    sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }), web, makePod('bare', { node: 'n1' }));
    const refused = runKubectl(sim, 'drain n1 --ignore-daemonsets');
    assert.match(refused.stderr, /due to error: cannot delete Pods that declare no controller \(use --force to override\): default\/bare, continuing command/);
    const r = runKubectl(sim, 'drain n1 --ignore-daemonsets --force');
    assert.equal(r.stdout, 'node/n1 already cordoned\nevicting pod default/web-1\nevicting pod default/bare\npod/web-1 evicted\npod/bare evicted\nnode/n1 drained\n');
    assert.equal(r.stderr, 'Warning: ignoring DaemonSet-managed Pods: default/agent-abcde; deleting Pods that declare no controller: default/bare\n');
    assert.deepEqual(sim.podList.map((p) => p.metadata?.name), ['agent-abcde']);
  });
});
