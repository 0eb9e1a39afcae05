/**
 * The simulated components around the DaemonSet controller: taint-based eviction (R45), PodGC for pods on
 * deleted nodes (R39, immediate) and the garbage collector for owned pods and revisions (R80).
 */
import type { DaemonSet, Pod, Toleration } from '../model/types';
import type { SimContext } from './context';
import { toleratesTaint } from '../controller/eligibility';
import { isTerminal, isTerminating, podName } from '../controller/podUtil';

/** Whether a node has a NoExecute taint, kept per nodesVersion (every node change moves it). */
const noExecuteSeen = new WeakMap<object, { nodesVersion: number; any: boolean }>();
function anyNoExecuteTaint(store: SimContext['store']): boolean {
  const hit = noExecuteSeen.get(store);
  if (hit?.nodesVersion === store.nodesVersion) return hit.any;
  let any = false;
  for (const node of store.nodes.values()) if ((node.spec?.taints ?? []).some((t) => t.effect === 'NoExecute')) { any = true; break; }
  noExecuteSeen.set(store, { nodesVersion: store.nodesVersion, any });
  return any;
}

/** NoExecute taint eviction: untolerated → now; tolerated with tolerationSeconds → after min(seconds) from first seen. */
export function runTaintEviction(ctx: SimContext, firstSeen: Map<string, number>): void {
  const { store } = ctx;
  const now = store.now();
  // Nothing to do without a NoExecute taint and without pods waiting out their tolerationSeconds.
  if (firstSeen.size === 0 && !anyNoExecuteTaint(store)) return;
  const live = new Set<string>();
  for (const pod of [...store.pods.values()]) {
    const name = podName(pod);
    const node = pod.spec?.nodeName ? store.nodes.get(pod.spec.nodeName) : undefined;
    if (!node || isTerminating(pod) || isTerminal(pod)) continue;
    const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (!taints.length) continue;
    const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
    const used: Toleration[] = [];
    let untolerated = false;
    for (const t of taints) {
      const m = tolerations.find((tol) => toleratesTaint(tol, t));
      if (m) used.push(m); else untolerated = true;
    }
    let evict = untolerated;
    if (!evict) {
      const secs = used.filter((t) => t.tolerationSeconds !== undefined && t.tolerationSeconds !== null).map((t) => t.tolerationSeconds as number);
      if (!secs.length) continue;
      const min = Math.min(...secs);
      const since = firstSeen.get(name) ?? now;
      firstSeen.set(name, since);
      live.add(name);
      if (min <= 0 || now >= since + min) evict = true;
      else ctx.wakeAt(since + min, `evict/${name}`);
    }
    if (evict) {
      firstSeen.delete(name);
      store.record('Pod', name, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${store.namespace}/${name}`, 'taint-eviction-controller');
      ctx.deletePod(name);
    }
  }
  for (const k of [...firstSeen.keys()]) {
    if (!live.has(k)) { firstSeen.delete(k); ctx.cancelWake(`evict/${k}`); }
  }
}

/** The nodes PodGC last looked at: a bound pod can only lose its node by a node removal (or be added without one). */
const podGCSeen = new WeakMap<object, number>();

/** PodGC: pods bound to a Node that no longer exists are force-deleted (the ~40s quarantine is skipped). */
export function runPodGC(ctx: SimContext): void {
  const { store } = ctx;
  const added = [...store.podGCQueue];
  store.podGCQueue.clear();
  const all = podGCSeen.get(store) !== store.nodesVersion;
  podGCSeen.set(store, store.nodesVersion);
  const orphaned: string[] = [];
  const look = (pod: Pod | undefined) => {
    const n = pod?.spec?.nodeName;
    if (pod && n && !store.nodes.has(n)) orphaned.push(podName(pod));
  };
  if (all) for (const pod of store.pods.values()) look(pod);
  else for (const name of added) look(store.pods.get(name));
  for (const name of orphaned) ctx.deletePod(name, true);
}

function inForegroundDeletion(ds: DaemonSet): boolean {
  return !!ds.metadata?.deletionTimestamp && (ds.metadata.finalizers ?? []).includes('foregroundDeletion');
}

/** What the garbage collector last looked at (see runGarbageCollector): the owners, and the pod set version. */
const gcSeen = new WeakMap<object, { owners: string; podSetVersion: number }>();

/** Garbage collector: dependents of a vanished owner are deleted; foreground deletion waits for them (R80). */
export function runGarbageCollector(ctx: SimContext): void {
  const { store } = ctx;
  const dsUids = new Map<string, string>();
  for (const ds of store.daemonSets.values()) dsUids.set(ds.metadata?.uid ?? '', ds.metadata?.name ?? '');
  const dependents = new Map<string, number>();
  // Dependents are only counted for a DaemonSet in foreground deletion.
  const foreground = [...store.daemonSets.values()].some(inForegroundDeletion);
  // Without a foreground deletion, what the collector finds changes only with the owners or the pods' owners: with
  // the same owners, only pods added or replaced since the last look can be new dependents of a vanished owner (an
  // owner reference changed in place is a pod set change naming no pod, which makes it look at every pod again).
  const owners = `${store.revisions.size}/${[...dsUids.keys()].join(',')}`;
  const last = gcSeen.get(store);
  gcSeen.set(store, { owners, podSetVersion: store.podSetVersion });
  let changed: Pod[] | undefined;
  if (!foreground && last?.owners === owners) {
    if (last.podSetVersion === store.podSetVersion) return;
    const changes = store.podSetChangesSince(last.podSetVersion);
    if (changes?.every((c) => c.pod)) {
      changed = [];
      for (const c of changes) if (c.kind !== 'removed' && c.kind !== 'marked' && store.pods.get(podName(c.pod as Pod)) === c.pod) changed.push(c.pod as Pod);
    }
  }
  /** Owned by DaemonSets, none of which exists any more. */
  const ownerGone = (refs: { uid: string; kind: string }[] | undefined) => {
    let owned = false;
    for (const r of refs ?? []) {
      if (r.kind !== 'DaemonSet') continue;
      if (dsUids.has(r.uid)) return false;
      owned = true;
    }
    return owned;
  };
  const gone: Pod[] = [];
  if (changed) {
    // In store order, as the look at every pod below finds them.
    for (const pod of new Set(changed)) if (ownerGone(pod.metadata?.ownerReferences)) gone.push(pod);
    gone.sort((a, b) => store.podOrderOf(podName(a)) - store.podOrderOf(podName(b)));
    for (const pod of gone) if (!isTerminating(pod)) ctx.deletePod(podName(pod));
    return;
  }
  for (const pod of store.pods.values()) {
    const refs = pod.metadata?.ownerReferences;
    if (ownerGone(refs)) { gone.push(pod); continue; }
    if (foreground) for (const r of refs ?? []) if (dsUids.has(r.uid)) dependents.set(r.uid, (dependents.get(r.uid) ?? 0) + 1);
  }
  for (const pod of gone) if (!isTerminating(pod)) ctx.deletePod(podName(pod));
  for (const rev of [...store.revisions.values()]) {
    const refs = rev.metadata?.ownerReferences;
    if (ownerGone(refs)) { store.revisions.delete(rev.metadata?.name ?? ''); store.touch(); continue; }
    for (const r of refs ?? []) if (dsUids.has(r.uid)) dependents.set(r.uid, (dependents.get(r.uid) ?? 0) + 1);
  }
  for (const ds of [...store.daemonSets.values()]) {
    if (!inForegroundDeletion(ds)) continue;
    const uid = ds.metadata?.uid ?? '';
    if ((dependents.get(uid) ?? 0) === 0) {
      store.daemonSets.delete(ds.metadata?.name ?? '');
      store.touch();
      continue;
    }
    for (const pod of [...store.pods.values()]) {
      if ((pod.metadata?.ownerReferences ?? []).some((r) => r.uid === uid) && !isTerminating(pod)) ctx.deletePod(podName(pod));
    }
    for (const rev of [...store.revisions.values()]) {
      if ((rev.metadata?.ownerReferences ?? []).some((r) => r.uid === uid)) { store.revisions.delete(rev.metadata?.name ?? ''); store.touch(); }
    }
  }
}
