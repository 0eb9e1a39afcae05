/** Building Node and bare Pod objects from the scenario / panel inputs (NodeInput, BarePodInput). */
import type { Node, Pod, Taint } from '../model/types';
import type { BarePodInput, NodeInput } from './api';
import type { ClusterStore } from '../cluster/store';

export function buildNode(store: ClusterStore, input: NodeInput): Node {
  const ts = store.timestamp();
  const alloc = {
    cpu: String(input.allocatable?.cpu ?? '4'),
    memory: String(input.allocatable?.memory ?? '8Gi'),
    pods: String(input.allocatable?.pods ?? 110),
  };
  const node: Node = {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name: input.name, uid: store.newUid(), creationTimestamp: ts, labels: { ...(input.labels ?? {}) } },
    spec: {},
    status: {
      capacity: { ...alloc }, allocatable: { ...alloc },
      conditions: [{ type: 'Ready', status: input.ready ?? 'True', reason: input.ready === 'True' || input.ready === undefined ? 'KubeletReady' : 'KubeletNotReady', lastTransitionTime: ts, lastHeartbeatTime: ts }],
      nodeInfo: { architecture: 'amd64', bootID: '', containerRuntimeVersion: 'containerd://1.7.0', kernelVersion: '6.1.0', kubeProxyVersion: 'v1.34.0', kubeletVersion: 'v1.34.0', machineID: '', operatingSystem: 'linux', osImage: 'Debian GNU/Linux 12 (bookworm)', systemUUID: '' },
    },
  };
  if (input.taints?.length) node.spec!.taints = input.taints.map((t) => ({ ...t }));
  if (input.unschedulable) node.spec!.unschedulable = true;
  return node;
}

export function buildBarePod(store: ClusterStore, input: BarePodInput, node?: string): Pod {
  const requests: Record<string, string> = {};
  if (input.requests?.cpu !== undefined) requests.cpu = String(input.requests.cpu);
  if (input.requests?.memory !== undefined) requests.memory = String(input.requests.memory);
  const ports = (input.hostPorts ?? []).map((p) => ({ containerPort: p.port, hostPort: p.port, protocol: p.protocol ?? 'TCP' }));
  const container: NonNullable<Pod['spec']>['containers'][number] = { name: input.name, image: 'registry.k8s.io/pause:3.10' };
  if (Object.keys(requests).length) container.resources = { requests };
  if (ports.length) container.ports = ports;
  const target = node ?? input.node;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: input.name, namespace: store.namespace, uid: store.newUid(), creationTimestamp: store.timestamp(), labels: { ...(input.labels ?? {}) } },
    spec: { containers: [container], restartPolicy: 'Always', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', ...(target ? { nodeName: target } : {}) },
    status: { phase: 'Pending', qosClass: Object.keys(requests).length ? 'Burstable' : 'BestEffort' },
  };
}

export function sameTaint(a: Taint, b: { key: string; effect?: string }): boolean {
  return a.key === b.key && (b.effect === undefined || b.effect === '' || a.effect === b.effect);
}

/** Adds (or replaces by key+effect) and removes taints; returns whether anything changed. */
export function editTaints(node: Node, add: Taint[], remove: { key: string; effect?: string }[] = []): void {
  let taints = [...(node.spec?.taints ?? [])];
  taints = taints.filter((t) => !remove.some((r) => sameTaint(t, r)));
  for (const t of add) {
    const i = taints.findIndex((x) => x.key === t.key && x.effect === t.effect);
    const copy: Taint = { key: t.key, effect: t.effect, ...(t.value !== undefined && t.value !== '' ? { value: t.value } : {}) };
    if (i >= 0) taints[i] = copy; else taints.push(copy);
  }
  node.spec = { ...(node.spec ?? {}) };
  if (taints.length) node.spec.taints = taints; else delete node.spec.taints;
}
