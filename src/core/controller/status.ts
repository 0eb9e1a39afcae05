/** updateDaemonSetStatus (R60) and the minReadySeconds requeue (R61). */
import { w } from '../cluster/store';
import type { DaemonSet, DaemonSetStatus, Node, Pod } from '../model/types';
import type { SimContext } from '../sim/context';
import { comparePodAge, isPodAvailable, isPodReady, isPodUpdated, podName } from './podUtil';
import { daemonPodsByNode, getNodesToDaemonPods, nodesShouldRunDaemonPod } from './daemonController';

/**
 * The R60 counts over existing nodes, from the oldest mapped pod per node, and the R61 requeue: a pod's transition
 * to Ready requeues the DaemonSet once it can be available (every mapped pod, including a surge pod that is not its
 * node's oldest: its availability lets manage delete the old pod). One look at each pod's ready time serves both.
 */
export function computeDaemonSetStatus(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string): DaemonSetStatus {
  const { store } = ctx;
  const nodeToDaemonPods = getNodesToDaemonPods(ctx, ds, false);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let desired = 0, current = 0, ready = 0, available = 0, updated = 0, misscheduled = 0, mapped = 0;
  const eligibility = nodesShouldRunDaemonPod(ctx, ds);
  const byNode = daemonPodsByNode(ctx, ds);
  /** isPodAvailable for a Ready pod, requeueing the DaemonSet for when it will be (R61). */
  const readyPodAvailable = (pod: Pod): boolean => {
    if (isPodAvailable(store, pod, minReady)) return true;
    const since = store.podTimes.get(podName(pod))?.readySince;
    if (since !== undefined) ctx.wakeAt(since + minReady, `minReady/${podName(pod)}`);
    return false;
  };
  for (let i = 0; i < nodes.length; i++) {
    const { shouldRun } = eligibility[i];
    const pods = byNode[i];
    if (!pods?.length) {
      if (shouldRun) desired++;
      continue;
    }
    mapped++;
    const oldest = pods.length === 1 ? pods[0] : [...pods].sort((a, b) => comparePodAge(store, a, b))[0];
    let oldestAvailable = false;
    for (const pod of pods) if (isPodReady(pod) && readyPodAvailable(pod) && pod === oldest) oldestAvailable = true;
    if (!shouldRun) {
      misscheduled++;
      continue;
    }
    desired++;
    current++;
    if (isPodReady(oldest)) {
      ready++;
      if (oldestAvailable) available++;
    }
    if (isPodUpdated(oldest, hash, ds)) updated++;
  }
  // The pods whose target is no node: only the requeue looks at them.
  if (minReady > 0 && nodeToDaemonPods.size > mapped) {
    for (const [n, pods] of nodeToDaemonPods) {
      if (store.nodes.has(n)) continue;
      for (const pod of pods) if (isPodReady(pod)) readyPodAvailable(pod);
    }
  }
  const status: DaemonSetStatus = {
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: ds.metadata?.generation,
    updatedNumberScheduled: updated,
    numberAvailable: available,
    numberUnavailable: desired - available,
  };
  if (ds.status?.collisionCount !== undefined) status.collisionCount = ds.status.collisionCount;
  return status;
}

export function updateDaemonSetStatus(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string): void {
  const next = computeDaemonSetStatus(ctx, ds, nodes, hash);
  const prev = (ds.status ?? {}) as DaemonSetStatus;
  const keys = Object.keys(next) as (keyof DaemonSetStatus)[];
  if (keys.every((k) => prev[k] === next[k])) return;
  w(ds).status = next;
  // observedGeneration keys the failed-pod backoff (failedPodsBackoffKey), so a sync reads it: a full write.
  if (prev.observedGeneration !== next.observedGeneration) ctx.store.touch(); else ctx.store.touchStatus();
}

/**
 * The DaemonSets whose status the current settle still owes (name → current revision hash), per simulation.
 * The real controller ends every sync with updateDaemonSetStatus; inside one settle nothing reads the counts it
 * writes (no controller, kubelet or scheduler looks at them; users and tests read them once the settle is over),
 * so the simulator computes them once, from the settled state, instead of once per round. What a sync does read is
 * written at once: observedGeneration, which keys the failed-pod backoff (failedPodsBackoffKey).
 */
const owedStatus = new WeakMap<SimContext, Map<string, string>>();

let oweStatus = true;
/** Tests turn owing off (a status update at the end of every sync) to show that it changes nothing but the time taken. */
export function useOwedStatus(on: boolean): void {
  oweStatus = on;
}

/** updateDaemonSetStatus as the end of a sync: observedGeneration now, the counts owed until flushDaemonSetStatus. */
export function syncDaemonSetStatus(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string): void {
  if (!oweStatus) {
    updateDaemonSetStatus(ctx, ds, nodes, hash);
    return;
  }
  if (ds.status?.observedGeneration !== ds.metadata?.generation) {
    w(ds).status = { ...(ds.status ?? {}), observedGeneration: ds.metadata?.generation } as DaemonSetStatus;
    ctx.store.touch();
  }
  const name = ds.metadata?.name ?? '';
  const owed = owedStatus.get(ctx);
  if (owed) owed.set(name, hash); else owedStatus.set(ctx, new Map([[name, hash]]));
}

/** The owed status updates, in DaemonSet name order, from the state the settle reached (R60, R61's requeues). */
export function flushDaemonSetStatus(ctx: SimContext, nodes: () => Node[]): void {
  const owed = owedStatus.get(ctx);
  if (!owed?.size) return;
  const names = [...owed.keys()].sort();
  for (const name of names) {
    const hash = owed.get(name) ?? '';
    owed.delete(name);
    const ds = ctx.store.daemonSets.get(name);
    if (ds && !ds.metadata?.deletionTimestamp) updateDaemonSetStatus(ctx, ds, nodes(), hash);
  }
}
