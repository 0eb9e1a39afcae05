import * as assert from 'node:assert/strict';
import { defaultClusterNodes } from '../../../src/core/nodes/defaultCluster';
import { exportNodes, importNodes, inputToNodeObject, nodeToInput } from '../../../src/core/nodes/importNodes';
import { parse } from 'yaml';
import type { Node } from '../../../src/core/model/types';
import { createSimulation } from '../../../src/core/sim/simulation';
import { buildSnapshot } from '../../../src/core/view/buildSnapshot';
import { kubectlGetNodesJson, realNodeFixture } from '../support/realNode';

const kubectlGetNodesYaml = `apiVersion: v1
items:
- apiVersion: v1
  kind: Node
  metadata:
    annotations:
      kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
    creationTimestamp: "2025-01-01T00:00:00Z"
    labels:
      kubernetes.io/hostname: kind-control-plane
      node-role.kubernetes.io/control-plane: ""
    name: kind-control-plane
  spec:
    podCIDR: 10.244.0.0/24
    taints:
    - effect: NoSchedule
      key: node-role.kubernetes.io/control-plane
  status:
    allocatable:
      cpu: "8"
      ephemeral-storage: 102626232Ki
      memory: 32803720Ki
      pods: "110"
    conditions:
    - type: MemoryPressure
      status: "False"
    - type: Ready
      status: "True"
- apiVersion: v1
  kind: Node
  metadata:
    labels:
      kubernetes.io/hostname: kind-worker
      disktype: ssd
    name: kind-worker
  spec:
    unschedulable: true
    taints:
    - effect: NoExecute
      key: dedicated
      value: gpu
  status:
    allocatable: { cpu: 3500m, memory: 8Gi, pods: "50" }
    conditions:
    - { type: Ready, status: Unknown }
kind: List
metadata:
  resourceVersion: ""
`;

suite('nodes: importNodes', () => {
  test('reads kubectl get nodes -o yaml: labels, taints, unschedulable, allocatable, Ready', () => {
    const r = importNodes(kubectlGetNodesYaml);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.nodes, [
      { name: 'kind-control-plane', labels: { 'kubernetes.io/hostname': 'kind-control-plane', 'node-role.kubernetes.io/control-plane': '' },
        taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }], ready: 'True',
        allocatable: { cpu: '8', memory: '32803720Ki', pods: '110' } },
      { name: 'kind-worker', labels: { 'kubernetes.io/hostname': 'kind-worker', disktype: 'ssd' },
        taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }], unschedulable: true, ready: 'Unknown',
        allocatable: { cpu: '3500m', memory: '8Gi', pods: '50' } },
    ]);
  });

  test('reads kubectl get nodes -o json and multi-document YAML', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Node', metadata: { name: 'a' }, status: { allocatable: { cpu: '2' } } }] });
    assert.deepEqual(importNodes(json), { nodes: [{ name: 'a', ready: 'True', allocatable: { cpu: '2' } }], errors: [] });
    const multi = 'kind: Node\nmetadata: {name: n1}\n---\nkind: Node\nmetadata: {name: n2, labels: {zone: "1"}}\n';
    assert.deepEqual(importNodes(multi).nodes.map((n) => [n.name, n.labels]), [['n1', undefined], ['n2', { zone: '1' }]]);
  });

  test('a real Node from a public Kubernetes test fixture, as kubectl get nodes -o json prints it: read, placed, shown', () => {
    const { text } = realNodeFixture();
    // The fixture read on its own (the yaml package), to compare the import with.
    const node = parse(text) as Node;
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    const alloc = node.status?.allocatable ?? {};
    assert.ok(node.metadata?.name && Object.keys(node.metadata.labels ?? {}).length >= 5 && ready, 'the fixture is a whole Node');
    const { nodes, errors } = importNodes(kubectlGetNodesJson([node]));
    assert.deepEqual(errors, []);
    assert.deepEqual(nodes, [{
      name: node.metadata.name, labels: node.metadata.labels, ready,
      allocatable: { cpu: alloc.cpu, memory: alloc.memory, pods: alloc.pods },
      ...(node.spec?.taints?.length ? { taints: node.spec.taints } : {}),
    }]);
    // The same node as `kubectl get node NAME -o yaml` printed it (the fixture's own text).
    assert.deepEqual(importNodes(text), { nodes, errors: [] });
    // In the virtual cluster: a DaemonSet selecting the node's pool runs there; the panel shows its labels and taints.
    const sim = createSimulation({ seed: 1 });
    for (const n of nodes) sim.addNode(n);
    const pool = Object.entries(node.metadata.labels ?? {}).find(([k]) => k === 'cloud.google.com/gke-nodepool');
    assert.ok(pool, 'the fixture names its node pool');
    sim.apply({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { nodeSelector: { [pool[0]]: pool[1] }, containers: [{ name: 'agent', image: 'agent:1' }] } } } });
    sim.advance(1);
    assert.equal(sim.daemonPods('agent', 'all')[0]?.spec?.nodeName, node.metadata.name);
    const view = buildSnapshot(sim, { seq: 1, playing: false, speed: 1, previewMode: 'live', lang: 'en' }).nodes[0];
    assert.deepEqual(view.labels, Object.entries(node.metadata.labels ?? {}));
    assert.deepEqual(view.taints, (node.spec?.taints ?? []).map((t) => ({ key: t.key, effect: t.effect, ...(t.value ? { value: t.value } : {}) })));
    assert.deepEqual([view.cpu, view.memory, view.pods, view.ready], [alloc.cpu, alloc.memory, alloc.pods, ready]);
    assert.equal(view.cells[0].pods.length, 1);
  });
  test('reports bad items and keeps the good ones', () => {
    const text = 'items:\n- kind: Pod\n  metadata: {name: p}\n- kind: Node\n  metadata: {name: Bad_Name}\n- kind: Node\n  metadata: {name: ok}\n  spec: {taints: [{key: k, effect: Sometimes}]}\n- kind: Node\n  metadata: {name: ok}\n';
    const r = importNodes(text);
    assert.deepEqual(r.nodes.map((n) => n.name), ['ok']);
    assert.equal(r.errors.length, 4);
    assert.match(r.errors[0], /kind Pod is not a Node/);
    assert.match(r.errors[1], /"Bad_Name" is not a valid node name/);
    assert.match(r.errors[2], /spec\.taints\[0\] needs a key and an effect/);
    assert.match(r.errors[3], /duplicate node name ok/);
  });

  test('YAML syntax errors and empty files are errors, not exceptions', () => {
    assert.match(importNodes('kind: [Node\n').errors[0], /^document 1: /);
    assert.deepEqual(importNodes(''), { nodes: [], errors: ['the file has no Node objects'] });
  });

  test('export → import round-trips the default cluster', () => {
    const nodes = defaultClusterNodes();
    const back = importNodes(exportNodes(nodes));
    assert.deepEqual(back.errors, []);
    assert.deepEqual(back.nodes, nodes.map((n) => ({ ...n, allocatable: { ...n.allocatable, pods: String(n.allocatable?.pods) } })));
  });

  test('nodeToInput drops the lifecycle taints the simulation adds', () => {
    const obj = inputToNodeObject({ name: 'w', taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }, { key: 'gpu', effect: 'NoSchedule' }], unschedulable: true });
    assert.deepEqual(nodeToInput(obj).taints, [{ key: 'gpu', effect: 'NoSchedule' }]);
  });
});

suite('nodes: defaultClusterNodes', () => {
  test('kubeadm-like: a tainted control plane and three labelled workers', () => {
    const nodes = defaultClusterNodes();
    assert.deepEqual(nodes.map((n) => n.name), ['control-plane', 'worker-1', 'worker-2', 'worker-3']);
    assert.equal(nodes[0].labels?.['node-role.kubernetes.io/control-plane'], '');
    assert.deepEqual(nodes[0].taints, [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    for (const w of nodes.slice(1)) {
      assert.equal(w.taints, undefined);
      assert.equal(w.labels?.['kubernetes.io/hostname'], w.name);
      assert.equal(w.labels?.['kubernetes.io/os'], 'linux');
      assert.equal(w.labels?.['kubernetes.io/arch'], 'amd64');
      assert.ok(w.labels?.['topology.kubernetes.io/zone']);
    }
    assert.equal(new Set(nodes.slice(1).map((w) => w.labels?.['topology.kubernetes.io/zone'])).size, 3);
  });
});
