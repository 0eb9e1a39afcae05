/**
 * The default scheduler, reduced to the filters that matter for daemon pods (R26, R27): NodeUnschedulable,
 * NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit, in that order. A pod that fits no
 * node stays Pending with a PodScheduled=False condition and a FailedScheduling event. Preemption is not
 * modelled (documented omission).
 */
import { w } from '../cluster/store';
import type { Node, Pod, Taint } from '../model/types';
import type { SimContext } from '../sim/context';
import { quantity } from '../cluster/quantity';
import { podMatchesNodeSelectorAndAffinity, taintTolerated } from '../controller/eligibility';
import { isTerminal, podName, targetNodeName } from '../controller/podUtil';

/** Pod request for NodeResourcesFit: max(sum of containers, max of init containers); requests default from limits. */
export function podRequests(p: Pod): { cpu: number; memory: number } {
  const spec = p.spec;
  if (!spec?.containers) return computePodRequests(p);
  const hit = requestsByContainers.get(spec.containers);
  if (hit && hit.initContainers === spec.initContainers && hit.overhead === spec.overhead) return hit.requests;
  const requests = computePodRequests(p);
  requestsByContainers.set(spec.containers, { initContainers: spec.initContainers, overhead: spec.overhead, requests });
  return requests;
}

/**
 * Requests per containers list (with the init containers and overhead they were computed with): the pods of one
 * template share these lists, and nothing changes them in place, so a handful of entries serve every pod.
 */
const requestsByContainers = new WeakMap<object, { initContainers: unknown; overhead: unknown; requests: { cpu: number; memory: number } }>();

function computePodRequests(p: Pod): { cpu: number; memory: number } {
  const one = (c: { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } }, r: string) =>
    quantity((c.resources?.requests?.[r] ?? c.resources?.limits?.[r]) as string | undefined);
  const sum = (r: string) => (p.spec?.containers ?? []).reduce((s, c) => s + one(c, r), 0);
  const init = (r: string) => (p.spec?.initContainers ?? []).reduce((m, c) => Math.max(m, one(c, r)), 0);
  const over = (r: string) => quantity(p.spec?.overhead?.[r] as string | undefined);
  return { cpu: Math.max(sum('cpu'), init('cpu')) + over('cpu'), memory: Math.max(sum('memory'), init('memory')) + over('memory') };
}

export function hostPorts(p: Pod): { port: number; protocol: string; ip: string }[] {
  const out: { port: number; protocol: string; ip: string }[] = [];
  for (const c of p.spec?.containers ?? []) {
    for (const port of c.ports ?? []) {
      if (port.hostPort) out.push({ port: port.hostPort, protocol: port.protocol ?? 'TCP', ip: port.hostIP ?? '' });
    }
  }
  return out;
}

function taintText(t: Taint): string {
  return `{${t.key}: ${t.value ?? ''}}`;
}

/** What the pods bound to a node use (the scheduler's NodeInfo): requests, pod count and host ports. */
interface NodeUse { cpu: number; memory: number; pods: number; ports: { port: number; protocol: string; ip: string }[] }

/** NodeInfo per node for one scheduling pass (pods on nodes change only by the pass's own bindings meanwhile). */
export type NodeInfos = Map<string, NodeUse>;

function nodeUse(ctx: SimContext, name: string, infos?: NodeInfos): NodeUse {
  let use = infos?.get(name);
  if (use) return use;
  use = { cpu: 0, memory: 0, pods: 0, ports: [] };
  for (const o of ctx.store.podsOnNode(name)) if (!isTerminal(o)) addPodUse(use, o);
  infos?.set(name, use);
  return use;
}

function addPodUse(use: NodeUse, p: Pod): void {
  const r = podRequests(p);
  use.cpu += r.cpu;
  use.memory += r.memory;
  use.pods++;
  for (const port of hostPorts(p)) use.ports.push(port);
}

/** The filter failures of one pod on one node (empty = fits). Stops at the first failing plugin, as the framework does. */
export function filterNode(ctx: SimContext, pod: Pod, node: Node, infos?: NodeInfos): string[] {
  const name = node.metadata?.name ?? '';
  const tolerations = pod.spec?.tolerations ?? [];
  if (node.spec?.unschedulable && !taintTolerated({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }, tolerations)) {
    return ['node(s) were unschedulable'];
  }
  if (pod.spec?.nodeName && pod.spec.nodeName !== name) return ["node(s) didn't match the requested node name"];
  const bad = (node.spec?.taints ?? []).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !taintTolerated(t, tolerations));
  if (bad) return [`node(s) had untolerated taint ${taintText(bad)}`];
  if (!podMatchesNodeSelectorAndAffinity(pod.spec ?? { containers: [] }, node).ok) return ["node(s) didn't match Pod's node affinity/selector"];
  // The pod itself is unbound, so it is not among the node's pods.
  const use = nodeUse(ctx, name, infos);
  const want = hostPorts(pod);
  if (want.length) {
    const clash = want.some((w) => use.ports.some((u) => u.port === w.port && u.protocol === w.protocol
      && (u.ip === '' || u.ip === '0.0.0.0' || w.ip === '' || w.ip === '0.0.0.0' || u.ip === w.ip)));
    if (clash) return ["node(s) didn't have free ports for the requested pod ports"];
  }
  const reasons: string[] = [];
  const alloc = node.status?.allocatable ?? {};
  const maxPods = alloc.pods === undefined ? 110 : quantity(alloc.pods);
  if (use.pods + 1 > maxPods) reasons.push('Too many pods');
  const req = podRequests(pod);
  if (req.cpu > 0 && use.cpu + req.cpu > quantity(alloc.cpu ?? '0') + 1e-9) reasons.push('Insufficient cpu');
  if (req.memory > 0 && use.memory + req.memory > quantity(alloc.memory ?? '0')) reasons.push('Insufficient memory');
  return reasons;
}

/** FitError.Error(): `0/N nodes are available: <sorted histogram>.` plus the preemption note. */
function fitErrorMessage(total: number, reasons: Map<string, number>): string {
  const parts = [...reasons.entries()].map(([r, n]) => `${n} ${r}`).sort();
  return `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

/**
 * schedulePod: binds the pod to the first node (by name) that passes every filter. As NodeAffinity's
 * PreFilter does, a pod with a metadata.name matchFields term is only evaluated on that node.
 */
export function schedulePod(ctx: SimContext, pod: Pod, nodes: Node[], infos?: NodeInfos): boolean {
  const { store } = ctx;
  const reasons = new Map<string, number>();
  const target = targetNodeName(pod);
  const targetNode = target === undefined ? undefined : store.nodes.get(target);
  const candidates = target === undefined ? nodes : targetNode ? [targetNode] : [];
  if (candidates.length < nodes.length) reasons.set("node(s) didn't match Pod's node affinity/selector", nodes.length - candidates.length);
  for (const node of candidates) {
    const fail = filterNode(ctx, pod, node, infos);
    if (fail.length === 0) {
      const nodeName = node.metadata?.name ?? '';
      // A pod's spec and status are its own objects (what it shares lies below them): set in place.
      (pod.spec ??= { containers: [] }).nodeName = nodeName;
      store.podBound(pod, nodeName);
      const use = infos?.get(nodeName);
      if (use) addPodUse(use, pod);
      const status = w(pod.status ?? (w(pod).status = {}));
      const conditions = (status.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
      conditions.push(store.podCondition('PodScheduled', 'True'));
      status.conditions = conditions;
      store.touch();
      store.record('Pod', podName(pod), 'Normal', 'Scheduled', `Successfully assigned ${store.namespace}/${podName(pod)} to ${nodeName}`, 'default-scheduler');
      return true;
    }
    for (const r of fail) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  const message = fitErrorMessage(nodes.length, reasons);
  const times = store.times(podName(pod));
  if (times.lastSchedulingFailure !== message) {
    times.lastSchedulingFailure = message;
    w(pod).status = { ...(pod.status ?? {}), phase: 'Pending', conditions: [
      ...(pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastTransitionTime: store.timestamp() },
    ] };
    store.touch();
    store.record('Pod', podName(pod), 'Warning', 'FailedScheduling', message, 'default-scheduler');
  }
  return false;
}

/** One scheduling pass over every unbound, non-terminating, non-terminal pod. */
export function runScheduler(ctx: SimContext, nodes: Node[]): void {
  const { store } = ctx;
  const infos: NodeInfos = new Map();
  for (const name of [...store.unbound]) {
    const pod = store.pods.get(name);
    if (!pod || pod.spec?.nodeName || pod.metadata?.deletionTimestamp || isTerminal(pod)) continue;
    if (pod.spec?.schedulerName && pod.spec.schedulerName !== 'default-scheduler') continue;
    schedulePod(ctx, pod, nodes, infos);
  }
}
