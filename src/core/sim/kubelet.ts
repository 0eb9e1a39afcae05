/**
 * Kubelet and node-lifecycle pod effects (R46): a bound pod starts Running; it is Ready when its node's Ready
 * condition is True and the readiness mode (auto, or markReady in manual mode) says so; pods on a node that
 * is not Ready are Ready=False.
 */
import { w, type ClusterStore } from '../cluster/store';
import type { Node, Pod, PodCondition } from '../model/types';
import type { SimContext } from './context';
import { isPodReady, isTerminal, podName } from '../controller/podUtil';

export function nodeIsReady(node: Node | undefined): boolean {
  return (node?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/**
 * Sets a condition in the pod's list: the list is copied on the first change (`conds.own`), a changed condition is
 * replaced by the store's shared one for this time, never changed in place. Whether it changed.
 */
function setCondition(store: ClusterStore, conds: { list: PodCondition[]; own: boolean }, type: string, status: 'True' | 'False'): boolean {
  const i = conds.list.findIndex((c) => c.type === type);
  if (i >= 0 && conds.list[i].status === status) return false;
  if (!conds.own) {
    conds.list = conds.list.slice();
    conds.own = true;
  }
  const c = store.podCondition(type, status);
  if (i >= 0) conds.list[i] = c;
  else conds.list.push(c);
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
  // The pod's status is its own object: set in place.
  const status = w(pod.status ?? (w(pod).status = {}));
  const conds = { list: status.conditions ?? [], own: false };
  let changed = false;
  if (!status.phase || status.phase === 'Pending') {
    status.phase = 'Running';
    status.startTime = ts;
    status.hostIP = '10.0.0.1';
    status.podIP = podIp(podName(pod));
    setCondition(store, conds, 'PodScheduled', 'True');
    setCondition(store, conds, 'Initialized', 'True');
    changed = true;
  }
  const times = store.times(podName(pod));
  const want = times.wantReady ?? ctx.modes.readiness === 'auto';
  const ready = nodeIsReady(node) && want && !(pod.metadata?.deletionTimestamp && !isPodReady(pod));
  if (setCondition(store, conds, 'ContainersReady', ready ? 'True' : 'False')) changed = true;
  if (setCondition(store, conds, 'Ready', ready ? 'True' : 'False')) {
    changed = true;
    times.readySince = ready ? store.now() : undefined;
  }
  if (!changed) return;
  status.conditions = conds.list;
  store.touch();
}

function podIp(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return `10.244.${(h >>> 8) % 250}.${(h % 250) + 2}`;
}
