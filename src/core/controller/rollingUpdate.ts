/**
 * rollingUpdate after pkg/controller/daemon/update.go (R50–R53). Kubernetes iterates a Go map of node names
 * here, so which nodes update first is random; the simulator iterates node names in ascending order (R53).
 */
import type { DaemonSet, Node, Pod } from '../model/types';
import type { SimContext } from '../sim/context';
import { isPodAvailable, isPodUpdated, isTerminating, podName, scaledValue } from './podUtil';
import { daemonPodsByNode, getNodesToDaemonPods, nodesShouldRunDaemonPod, type NodeToDaemonPods } from './daemonController';
import { syncNodes } from './syncNodes';
import type { ShouldRun } from './eligibility';

/** util.SurgeCount / util.UnavailableCount: ceil-scaled against desiredNumberScheduled. */
export function surgeCount(ds: DaemonSet, desired: number): number {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate' && ds.spec?.updateStrategy?.type !== undefined) return 0;
  return scaledValue(ds.spec?.updateStrategy?.rollingUpdate?.maxSurge as number | string | undefined, desired);
}

export function unavailableCount(ds: DaemonSet, desired: number): number {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate' && ds.spec?.updateStrategy?.type !== undefined) return 0;
  return scaledValue(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable as number | string | undefined, desired);
}

/** util.AllowsSurge (R33). */
export function allowsSurge(ds: DaemonSet): boolean {
  return surgeCount(ds, 1) > 0;
}

/**
 * updatedDesiredNodeCounts (R50): the budgets against the eligible nodes (desiredNumberScheduled), with the runtime
 * fallback maxUnavailable = 1. Kubernetes also adds every eligible node without pods to the map it iterates; here
 * iterationOrder does that.
 */
export function updatedDesiredNodeCounts(ds: DaemonSet, eligibility: readonly ShouldRun[]): { maxSurge: number; maxUnavailable: number; desired: number } {
  let desired = 0;
  for (const e of eligibility) if (e.shouldRun) desired++;
  let maxUnavailable = unavailableCount(ds, desired);
  const maxSurge = surgeCount(ds, desired);
  if (desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable, desired };
}

/**
 * What rollingUpdate iterates, by ascending node name (R53): the nodes with daemon pods and the eligible ones (the
 * keys updatedDesiredNodeCounts leaves), merged from the sorted nodes and the few target names that are no node;
 * with each its pods and whether a daemon pod should run there.
 */
export function iterationOrder(ctx: SimContext, ds: DaemonSet, nodes: Node[], nodeToDaemonPods: NodeToDaemonPods, eligibility: readonly ShouldRun[]):
  { name: string; pods: Pod[] | undefined; shouldRun: boolean }[] {
  const byNode = daemonPodsByNode(ctx, ds);
  const extra: string[] = [];
  for (const n of nodeToDaemonPods.keys()) if (!ctx.store.nodes.has(n)) extra.push(n);
  extra.sort();
  const order: { name: string; pods: Pod[] | undefined; shouldRun: boolean }[] = [];
  const pushExtra = (n: string) => order.push({ name: n, pods: nodeToDaemonPods.get(n), shouldRun: false });
  let j = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!eligibility[i].shouldRun && !byNode[i]) continue;
    const n = nodes[i].metadata?.name ?? '';
    while (j < extra.length && extra[j] < n) pushExtra(extra[j++]);
    order.push({ name: n, pods: byNode[i], shouldRun: eligibility[i].shouldRun });
  }
  while (j < extra.length) pushExtra(extra[j++]);
  return order;
}

const noPods: { ok: boolean; newPod?: Pod; oldPod?: Pod } = Object.freeze({ ok: true });

/** findUpdatedPodsOnNode: at most one new and one old non-terminating pod, else ok = false. */
function findUpdatedPodsOnNode(ds: DaemonSet, pods: Pod[] | undefined, hash: string): { newPod?: Pod; oldPod?: Pod; ok: boolean } {
  if (!pods) return noPods;
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const p of pods) {
    if (isTerminating(p)) continue;
    if (isPodUpdated(p, hash, ds)) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { newPod, oldPod, ok: true };
}

/** Whether any node has a pod that findUpdatedPodsOnNode would call old. */
function hasOldPod(ds: DaemonSet, nodeToDaemonPods: NodeToDaemonPods, hash: string): boolean {
  for (const pods of nodeToDaemonPods.values()) {
    for (const p of pods) if (!isTerminating(p) && !isPodUpdated(p, hash, ds)) return true;
  }
  return false;
}

export function rollingUpdate(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string): void {
  const { store } = ctx;
  const nodeToDaemonPods = getNodesToDaemonPods(ctx, ds, false);
  // Every pod to delete and every node to create on below comes from an old (not updated, not terminating) pod: with
  // none left, as at rest after a rollout, the walk over every node would end in an empty syncNodes.
  if (!hasOldPod(ds, nodeToDaemonPods, hash)) return;
  const eligibility = nodesShouldRunDaemonPod(ctx, ds);
  const { maxSurge, maxUnavailable, desired } = updatedDesiredNodeCounts(ds, eligibility);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const available = (p: Pod) => isPodAvailable(store, p, minReady);
  const order = iterationOrder(ctx, ds, nodes, nodeToDaemonPods, eligibility);
  if (maxSurge === 0) {
    let numUnavailable = 0;
    const allowed: string[] = [];
    const candidates: string[] = [];
    for (const { pods } of order) {
      const { newPod, oldPod, ok } = findUpdatedPodsOnNode(ds, pods, hash);
      if (!ok) { numUnavailable++; continue; }
      if ((!oldPod && !newPod) || (oldPod && newPod)) numUnavailable++;
      else if (newPod) { if (!available(newPod)) numUnavailable++; }
      else if (oldPod && !available(oldPod)) { allowed.push(podName(oldPod)); numUnavailable++; }
      else if (numUnavailable >= maxUnavailable) continue;
      else if (oldPod) candidates.push(podName(oldPod));
    }
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
    syncNodes(ctx, ds, [...allowed, ...candidates.slice(0, remaining)], [], hash);
    return;
  }
  let numSurge = 0;
  let numAvailable = 0;
  const allowedNewNodes: string[] = [];
  const candidateNewNodes: string[] = [];
  const oldPodsToDelete: string[] = [];
  const shouldNotRunPodsToDelete: string[] = [];
  for (const { name: n, pods, shouldRun } of order) {
    const { newPod, oldPod, ok } = findUpdatedPodsOnNode(ds, pods, hash);
    if (!ok) { numSurge++; continue; }
    if (oldPod) { if (available(oldPod)) numAvailable++; } else if (newPod && available(newPod)) numAvailable++;
    if (!oldPod) continue;
    if (!newPod) {
      if (!available(oldPod)) {
        if (!shouldRun) { oldPodsToDelete.push(podName(oldPod)); continue; }
        allowedNewNodes.push(n);
      } else if (!shouldRun) {
        shouldNotRunPodsToDelete.push(podName(oldPod));
      } else if (numSurge >= maxSurge) {
        continue;
      } else {
        candidateNewNodes.push(n);
      }
      continue;
    }
    if (!available(newPod)) { numSurge++; continue; }
    oldPodsToDelete.push(podName(oldPod));
  }
  const remainingSurge = Math.min(Math.max(0, maxSurge - numSurge), candidateNewNodes.length);
  const create = [...allowedNewNodes, ...candidateNewNodes.slice(0, remainingSurge)];
  if (numAvailable > desired) oldPodsToDelete.push(...shouldNotRunPodsToDelete.slice(0, numAvailable - desired));
  syncNodes(ctx, ds, oldPodsToDelete, create, hash);
}
