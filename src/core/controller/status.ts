/** updateDaemonSetStatus (R60) and the minReadySeconds requeue (R61). */
import { w } from '../cluster/store';
import type { DaemonSet, DaemonSetStatus, Node, Pod } from '../model/types';
import type { SimContext } from '../sim/context';
import { comparePodAge, isPodReady, isPodUpdated, podName } from './podUtil';
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
  const now = store.now();
  let desired = 0, current = 0, ready = 0, available = 0, updated = 0, misscheduled = 0, mapped = 0;
  const eligibility = nodesShouldRunDaemonPod(ctx, ds);
  const byNode = daemonPodsByNode(ctx, ds);
  /** podutil.IsPodAvailable for a Ready pod (see isPodAvailable), requeueing the DaemonSet when it is not yet. */
  const readyPodAvailable = (pod: Pod): boolean => {
    if (minReady <= 0) return true;
    const name = podName(pod);
    const since = store.podTimes.get(name)?.readySince;
    if (since !== undefined && since + minReady > now) ctx.wakeAt(since + minReady, `minReady/${name}`);
    return (since ?? now) + minReady <= now;
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
