/** updateDaemonSetStatus (R60) and the minReadySeconds requeue (R61). */
import { w } from '../cluster/store';
import type { DaemonSet, DaemonSetStatus, Node } from '../model/types';
import type { SimContext } from '../sim/context';
import { comparePodAge, isPodAvailable, isPodReady, isPodUpdated, podName } from './podUtil';
import { getNodesToDaemonPods, nodesShouldRunDaemonPod } from './daemonController';

/** The R60 counts over existing nodes, from the oldest mapped pod per node. */
export function computeDaemonSetStatus(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string): DaemonSetStatus {
  const { store } = ctx;
  const nodeToDaemonPods = getNodesToDaemonPods(ctx, ds, false);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let desired = 0, current = 0, ready = 0, available = 0, updated = 0, misscheduled = 0;
  const eligibility = nodesShouldRunDaemonPod(ctx, ds);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const { shouldRun } = eligibility[i];
    const pods = nodeToDaemonPods.get(node.metadata?.name ?? '');
    if (!shouldRun) {
      if (pods?.length) misscheduled++;
      continue;
    }
    desired++;
    if (!pods?.length) continue;
    current++;
    const pod = pods.length === 1 ? pods[0] : [...pods].sort((a, b) => comparePodAge(store, a, b))[0];
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(store, pod, minReady)) available++;
    }
    if (isPodUpdated(pod, hash, ds)) updated++;
  }
  // R61: a pod's transition to Ready requeues the DaemonSet once it can be available (every pod, including a
  // surge pod that is not its node's oldest: its availability lets manage delete the old pod).
  if (minReady > 0) {
    for (const pods of nodeToDaemonPods.values()) {
      for (const pod of pods) {
        const since = store.podTimes.get(podName(pod))?.readySince;
        if (isPodReady(pod) && since !== undefined && since + minReady > store.now()) ctx.wakeAt(since + minReady, `minReady/${podName(pod)}`);
      }
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
