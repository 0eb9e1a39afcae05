/**
 * Kubelet and node-lifecycle pod effects (R46): a bound pod starts Running; it is Ready when its node's Ready
 * condition is True and the readiness mode (auto, or markReady in manual mode) says so; pods on a node that
 * is not Ready are Ready=False.
 */
import { w } from '../cluster/store';
import type { Node, Pod, PodCondition } from '../model/types';
import type { SimContext } from './context';
import { isTerminal, podName } from '../controller/podUtil';

export function nodeIsReady(node: Node | undefined): boolean {
  return (node?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function setCondition(pod: Pod, type: string, status: 'True' | 'False', ts: string): boolean {
  const conds: PodCondition[] = pod.status?.conditions ?? [];
  const c = conds.find((x) => x.type === type);
  if (c && c.status === status) return false;
  if (c) { c.status = status; c.lastTransitionTime = ts; } else conds.push({ type, status, lastTransitionTime: ts });
  w(pod).status = { ...(pod.status ?? {}), conditions: conds };
  return true;
}

/** One kubelet pass over the pods whose inputs changed (store.kubeletQueue), or every pod after a node change. */
export function runKubelet(ctx: SimContext): void {
  const { store } = ctx;
  if (store.kubeletAll) {
    store.kubeletAll = false;
    store.kubeletQueue.clear();
    for (const pod of store.pods.values()) syncPod(ctx, pod);
    return;
  }
  if (store.kubeletQueue.size === 0) return;
  const names = [...store.kubeletQueue];
  store.kubeletQueue.clear();
  for (const name of names) {
    const pod = store.pods.get(name);
    if (pod) syncPod(ctx, pod);
  }
}

/** The kubelet's status sync of one pod (R46). */
function syncPod(ctx: SimContext, pod: Pod): void {
  const { store } = ctx;
  const ts = store.timestamp();
  const nodeName = pod.spec?.nodeName;
  if (!nodeName || isTerminal(pod)) return;
  const node = store.nodes.get(nodeName);
  if (!node) return;
  let changed = false;
  if (!pod.status?.phase || pod.status.phase === 'Pending') {
    w(pod).status = { ...(pod.status ?? {}), phase: 'Running', startTime: ts, hostIP: '10.0.0.1', podIP: podIp(podName(pod)) };
    setCondition(pod, 'PodScheduled', 'True', ts);
    setCondition(pod, 'Initialized', 'True', ts);
    changed = true;
  }
  const times = store.times(podName(pod));
  const want = times.wantReady ?? ctx.modes.readiness === 'auto';
  const ready = nodeIsReady(node) && want && !(pod.metadata?.deletionTimestamp && !isReadyNow(pod));
  if (setCondition(pod, 'ContainersReady', ready ? 'True' : 'False', ts)) changed = true;
  if (setCondition(pod, 'Ready', ready ? 'True' : 'False', ts)) {
    changed = true;
    times.readySince = ready ? store.now() : undefined;
  }
  if (changed) store.touch();
}

function isReadyNow(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function podIp(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return `10.244.${(h >>> 8) % 250}.${(h % 250) + 2}`;
}
