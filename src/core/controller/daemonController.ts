/**
 * The DaemonSet controller after kubernetes/kubernetes pkg/controller/daemon/daemon_controller.go:
 * syncDaemonSet → constructHistory → manage (podsShouldBeOnNode per node) → syncNodes → rollingUpdate →
 * cleanupHistory → updateDaemonSetStatus. Stores are synchronous, so expectations are always satisfied (R30).
 */
import type { DaemonSet, Node, Pod } from '../model/types';
import type { SimContext } from '../sim/context';
import { isEmptySelector, selectorMatches } from '../cluster/labels';
import { nodeShouldRunDaemonPod, type ShouldRun } from './eligibility';
import { cleanupHistory, constructHistory } from './history';
import { byName, comparePodAge, controllerRef, isPodAvailable, isPodReady, isTerminal, isTerminating, podName, targetNodeName, hashLabel } from './podUtil';
import { rollingUpdate, allowsSurge } from './rollingUpdate';
import { burstReplicas, syncNodes } from './syncNodes';
import { syncDaemonSetStatus } from './status';

export type NodeToDaemonPods = Map<string, Pod[]>;

const sortedNodesCache = new WeakMap<SimContext, { version: number; nodes: Node[]; index?: Map<string, number> }>();

/** Nodes sorted by name (callers must not change the array): the deterministic order used wherever Kubernetes iterates a map (R53). */
export function sortedNodes(ctx: SimContext): Node[] {
  const hit = sortedNodesCache.get(ctx);
  if (hit && hit.version === ctx.store.nodesVersion) return hit.nodes;
  const nodes = [...ctx.store.nodes.values()].sort(byName);
  sortedNodesCache.set(ctx, { version: ctx.store.nodesVersion, nodes });
  return nodes;
}

/** Node name → position in sortedNodes(ctx). */
function nodeIndex(ctx: SimContext): Map<string, number> {
  sortedNodes(ctx);
  const hit = sortedNodesCache.get(ctx)!;
  if (!hit.index) hit.index = new Map(hit.nodes.map((n, i) => [n.metadata?.name ?? '', i]));
  return hit.index;
}

const eligibilityCache = new WeakMap<SimContext, Map<string, { version: number; generation: number | undefined; spec: unknown; results: ShouldRun[] }>>();

/**
 * nodeShouldRunDaemonPod for every node of sortedNodes(ctx), in that order. The answers depend only on the nodes
 * and the DaemonSet's template, so they are kept until a node is added, removed or changed (nodesVersion) or the
 * template is replaced: manage, rollingUpdate and the status of one sync, and the syncs after it, share them.
 */
export function nodesShouldRunDaemonPod(ctx: SimContext, ds: DaemonSet): ShouldRun[] {
  let cache = eligibilityCache.get(ctx);
  if (!cache) eligibilityCache.set(ctx, (cache = new Map()));
  const uid = ds.metadata?.uid ?? '';
  const spec = ds.spec?.template?.spec;
  const generation = ds.metadata?.generation;
  const hit = cache.get(uid);
  if (hit && hit.version === ctx.store.nodesVersion && hit.spec === spec && hit.generation === generation) return hit.results;
  const results = sortedNodes(ctx).map((node) => nodeShouldRunDaemonPod(node, ds));
  cache.set(uid, { version: ctx.store.nodesVersion, generation, spec, results });
  return results;
}

/** getDaemonPods + ClaimPods (R31): owned pods; adopts matching orphans and releases non-matching owned pods. */
export function getDaemonPods(ctx: SimContext, ds: DaemonSet): Pod[] {
  const { store } = ctx;
  const uid = ds.metadata?.uid;
  const dsDeleting = !!ds.metadata?.deletionTimestamp;
  const owned: Pod[] = [];
  // Its own pods and the pods without a controller (the only ones it may adopt), in store order.
  const mine = store.podsByController(uid ?? '');
  const orphans = uid ? store.podsByController('') : [];
  let candidates = mine;
  if (orphans.length) {
    candidates = [];
    for (let i = 0, j = 0; i < mine.length || j < orphans.length;) {
      if (j >= orphans.length || (i < mine.length && store.podOrderOf(podName(mine[i])) < store.podOrderOf(podName(orphans[j])))) candidates.push(mine[i++]);
      else candidates.push(orphans[j++]);
    }
  }
  for (const p of candidates) {
    const ref = controllerRef(p);
    const match = selectorMatches(ds.spec?.selector, p.metadata?.labels);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (match) { owned.push(p); continue; }
      if (dsDeleting) continue;
      p.metadata!.ownerReferences = (p.metadata?.ownerReferences ?? []).filter((r) => r.uid !== uid);
      store.ownershipChanged();
      store.touch();
      continue;
    }
    if (!match || dsDeleting || isTerminating(p)) continue;
    p.metadata = p.metadata ?? {};
    p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), {
      apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata?.name ?? '', uid: uid ?? '', controller: true, blockOwnerDeletion: true,
    }];
    store.times(podName(p)).everOwned = true;
    store.ownershipChanged();
    store.touch();
    owned.push(p);
  }
  return owned;
}

interface NodesToDaemonPodsEntry {
  version: number;
  includeDeletedTerminal: boolean;
  map: NodeToDaemonPods;
  /** The map's lists by position in sortedNodes (see daemonPodsByNode), for the nodes of that nodesVersion. */
  byNode?: (Pod[] | undefined)[];
  byNodeVersion?: number;
}

/** The last getNodesToDaemonPods answers, kept on podSetVersion (callers only read them). */
const nodesToDaemonPodsCache = new WeakMap<SimContext, Map<string, NodesToDaemonPodsEntry>>();

/**
 * getNodesToDaemonPods (R31a): owned pods by target node; deleted terminal pods only when asked. A kept answer is
 * brought up to date when the pods changed only by additions, removals and deletion marks it can follow.
 */
export function getNodesToDaemonPods(ctx: SimContext, ds: DaemonSet, includeDeletedTerminal: boolean): NodeToDaemonPods {
  return nodesToDaemonPodsEntry(ctx, ds, includeDeletedTerminal).map;
}

function nodesToDaemonPodsEntry(ctx: SimContext, ds: DaemonSet, includeDeletedTerminal: boolean): NodesToDaemonPodsEntry {
  const { store } = ctx;
  let cache = nodesToDaemonPodsCache.get(ctx);
  if (!cache) nodesToDaemonPodsCache.set(ctx, (cache = new Map()));
  const key = `${ds.metadata?.uid}/${includeDeletedTerminal}/${!!ds.metadata?.deletionTimestamp}`;
  const hit = cache.get(key);
  if (hit && hit.version === store.podSetVersion) return hit;
  if (hit && catchUp(ctx, ds, hit)) return hit;
  const entry = { version: store.podSetVersion, includeDeletedTerminal, map: computeNodesToDaemonPods(ctx, ds, includeDeletedTerminal) };
  cache.set(key, entry);
  return entry;
}

/**
 * getNodesToDaemonPods(ctx, ds, false) as lists by position in sortedNodes(ctx) (undefined: no pod), so that the
 * per-node loops of a sync read an array instead of looking names up; callers only read it.
 */
export function daemonPodsByNode(ctx: SimContext, ds: DaemonSet): readonly (Pod[] | undefined)[] {
  const entry = nodesToDaemonPodsEntry(ctx, ds, false);
  if (entry.byNode && entry.byNodeVersion === ctx.store.nodesVersion) return entry.byNode;
  entry.byNode = sortedNodes(ctx).map((n) => entry.map.get(n.metadata?.name ?? ''));
  entry.byNodeVersion = ctx.store.nodesVersion;
  return entry.byNode;
}

/**
 * Applies the pod set changes since a kept answer was made, as a new computation would see them: an added pod of
 * this DaemonSet comes last in store order (appended to its node's list); a removed pod leaves its list; a marked
 * terminal pod leaves the answer without deleted terminal pods. Anything else — an orphan it might adopt, a pod it
 * would release, a replaced pod, an owner, label or phase change — makes it compute again (false).
 */
function catchUp(ctx: SimContext, ds: DaemonSet, entry: NodesToDaemonPodsEntry): boolean {
  const changes = ctx.store.podSetChangesSince(entry.version);
  if (!changes) return false;
  const uid = ds.metadata?.uid ?? '';
  const m = entry.map;
  const byNode = entry.byNode && entry.byNodeVersion === ctx.store.nodesVersion ? entry.byNode : undefined;
  entry.byNode = byNode;
  /** Sets (or clears) a node's list in the map and, for a node that exists, in byNode. */
  const setList = (n: string, list: Pod[] | undefined) => {
    if (list) m.set(n, list); else m.delete(n);
    const i = byNode ? nodeIndex(ctx).get(n) : undefined;
    if (byNode && i !== undefined) byNode[i] = list;
  };
  const drop = (p: Pod) => {
    const n = targetNodeName(p);
    const list = n === undefined ? undefined : m.get(n);
    const i = list ? list.indexOf(p) : -1;
    if (!list || i < 0) return;
    list.splice(i, 1);
    if (list.length === 0) setList(n as string, undefined);
  };
  // Check first, change after: a failed catch-up leaves the answer as it was (it is computed again).
  for (const c of changes) {
    if (c.kind === 'other' || !c.pod) return false;
    if (c.kind !== 'added') continue;
    const owner = controllerRef(c.pod)?.uid;
    const match = selectorMatches(ds.spec?.selector, c.pod.metadata?.labels);
    if (owner === uid && !match) return false;
    if (owner === undefined && match) return false;
  }
  for (const c of changes) {
    const p = c.pod as Pod;
    if (c.kind === 'removed') drop(p);
    else if (c.kind === 'marked') { if (!entry.includeDeletedTerminal && isTerminal(p)) drop(p); }
    else if (controllerRef(p)?.uid === uid && !(!entry.includeDeletedTerminal && isTerminal(p) && isTerminating(p))) {
      const n = targetNodeName(p);
      if (n === undefined) continue;
      const list = m.get(n);
      if (list) list.push(p); else setList(n, [p]);
    }
  }
  entry.version = ctx.store.podSetVersion;
  return true;
}

function computeNodesToDaemonPods(ctx: SimContext, ds: DaemonSet, includeDeletedTerminal: boolean): NodeToDaemonPods {
  const m: NodeToDaemonPods = new Map();
  for (const p of getDaemonPods(ctx, ds)) {
    if (!includeDeletedTerminal && isTerminal(p) && isTerminating(p)) continue;
    const n = targetNodeName(p);
    if (n === undefined) continue;
    const list = m.get(n);
    if (list) list.push(p); else m.set(n, [p]);
  }
  return m;
}

function failedPodsBackoffKey(ds: DaemonSet, node: string): string {
  return `${ds.metadata?.uid}/${ds.status?.observedGeneration ?? 0}/${node}`;
}

const nothingToDo: { create: boolean; toDelete: string[] } = Object.freeze({ create: false, toDelete: Object.freeze([]) as unknown as string[] });

/** podsShouldBeOnNode: what to create and delete on one node (R32–R36). */
export function podsShouldBeOnNode(ctx: SimContext, node: Node, nodeToDaemonPods: NodeToDaemonPods, ds: DaemonSet, hash: string,
  eligibility: ShouldRun = nodeShouldRunDaemonPod(node, ds), daemonPods = nodeToDaemonPods.get(node.metadata?.name ?? '')): { create: boolean; toDelete: string[] } {
  const { store } = ctx;
  const name = node.metadata?.name ?? '';
  const { shouldRun, shouldContinueRunning } = eligibility;
  if (shouldRun && !daemonPods) return { create: true, toDelete: [] };
  // The node's one pod, running and staying: nothing to do (what the general case below finds for it, cheaper).
  if (shouldContinueRunning && daemonPods?.length === 1 && !isTerminating(daemonPods[0]) && !isTerminal(daemonPods[0])) return nothingToDo;
  const toDelete: string[] = [];
  const ns = store.namespace;
  if (shouldContinueRunning) {
    const running: Pod[] = [];
    for (const pod of daemonPods ?? []) {
      if (isTerminating(pod)) continue;
      if (pod.status?.phase === 'Failed') {
        const key = failedPodsBackoffKey(ds, name);
        const now = store.now();
        const entry = ctx.failedPodsBackoff.get(key);
        if (entry && now - entry.lastUpdate < entry.delay) {
          ctx.wakeAt(entry.lastUpdate + entry.delay, `backoff/${key}`);
          continue;
        }
        const expired = entry && now - entry.lastUpdate > 2 * 900;
        const delay = !entry || expired ? 1 : Math.min(entry.delay * 2, 900);
        ctx.failedPodsBackoff.set(key, { delay, lastUpdate: now });
        store.record('DaemonSet', ds.metadata?.name ?? '', 'Warning', 'FailedDaemonPod',
          `Found failed daemon pod ${ns}/${podName(pod)} on node ${name}, will try to kill it`, 'daemonset-controller');
        toDelete.push(podName(pod));
      } else if (pod.status?.phase === 'Succeeded') {
        store.record('DaemonSet', ds.metadata?.name ?? '', 'Normal', 'SucceededDaemonPod',
          `Found succeeded daemon pod ${ns}/${podName(pod)} on node ${name}, will try to delete it`, 'daemonset-controller');
        toDelete.push(podName(pod));
      } else {
        running.push(pod);
      }
    }
    running.sort((a, b) => comparePodAge(store, a, b));
    if (!allowsSurge(ds)) {
      for (let i = 1; i < running.length; i++) toDelete.push(podName(running[i]));
      return { create: false, toDelete };
    }
    if (running.length <= 1) return { create: running.length === 0 && shouldRun, toDelete };
    let oldestNew: Pod | undefined;
    let oldestOld: Pod | undefined;
    for (const pod of running) {
      if (pod.metadata?.labels?.[hashLabel] === hash) {
        if (!oldestNew) { oldestNew = pod; continue; }
      } else if (!oldestOld) { oldestOld = pod; continue; }
      toDelete.push(podName(pod));
    }
    if (oldestNew && oldestOld) {
      if (!isPodReady(oldestOld)) toDelete.push(podName(oldestOld));
      else if (isPodAvailable(store, oldestNew, ds.spec?.minReadySeconds ?? 0)) toDelete.push(podName(oldestOld));
    }
    return { create: false, toDelete };
  }
  if (daemonPods) for (const pod of daemonPods) if (!isTerminating(pod)) toDelete.push(podName(pod));
  return { create: false, toDelete };
}

/**
 * The nodes where a DaemonSet's last manage found nothing to do (podsShouldBeOnNode's first answer: one pod, neither
 * terminating nor terminal, on a node where it may continue running), with what that answer read: the nodes
 * (nodesVersion), their eligibility (the array nodesShouldRunDaemonPod keeps for one template and nodesVersion) and
 * the pod set (podSetVersion). While the first two stand, such a node can only change through the pod set, whose
 * changes name their pods: an addition, a removal, a deletion mark. A change that names none (a phase, an owner or a
 * label, a replaced pod) makes the next manage pass over every node again.
 */
interface QuietNodes {
  nodesVersion: number; eligibility: readonly ShouldRun[]; podSetVersion: number; quiet: Uint8Array;
  /** Whether some pod may be aimed at a node that does not exist (what the last loop of manage looks for). */
  missing: boolean;
}
const quietNodesCache = new WeakMap<SimContext, Map<string, QuietNodes>>();

let incrementalManage = true;
/** Tests turn it off to show that passing over the quiet nodes changes nothing but the time taken. */
export function useIncrementalManage(on: boolean): void {
  incrementalManage = on;
}

/** The quiet nodes of the last manage still valid now, minus the nodes of the pods changed since (or undefined). */
function stillQuiet(ctx: SimContext, uid: string, eligibility: readonly ShouldRun[]): QuietNodes | undefined {
  const prev = quietNodesCache.get(ctx)?.get(uid);
  if (!incrementalManage || !prev || prev.nodesVersion !== ctx.store.nodesVersion || prev.eligibility !== eligibility) return undefined;
  const changes = ctx.store.podSetChangesSince(prev.podSetVersion);
  if (!changes) return undefined;
  for (const c of changes) if (c.kind === 'other' || !c.pod) return undefined;
  const index = nodeIndex(ctx);
  for (const c of changes) {
    const n = targetNodeName(c.pod as Pod);
    const i = n === undefined ? undefined : index.get(n);
    if (i !== undefined) prev.quiet[i] = 0;
    else if (n !== undefined) prev.missing = true;
  }
  return prev;
}

/** manage: per-node decisions plus unscheduled pods whose target node no longer exists; returns whether it acted. */
function manage(ctx: SimContext, ds: DaemonSet, nodes: Node[], hash: string, burstLimited: { value: boolean }): { acted: boolean; create: string[]; toDelete: string[] } {
  const nodeToDaemonPods = getNodesToDaemonPods(ctx, ds, false);
  const eligibility = nodesShouldRunDaemonPod(ctx, ds);
  const byNode = daemonPodsByNode(ctx, ds);
  const uid = ds.metadata?.uid ?? '';
  const prev = stillQuiet(ctx, uid, eligibility);
  const skip = prev?.quiet;
  const quiet = skip ?? new Uint8Array(nodes.length);
  const state: QuietNodes = { nodesVersion: ctx.store.nodesVersion, eligibility, podSetVersion: ctx.store.podSetVersion, quiet, missing: false };
  let cache = quietNodesCache.get(ctx);
  if (!cache) quietNodesCache.set(ctx, (cache = new Map()));
  cache.set(uid, state);
  const create: string[] = [];
  const toDelete: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (skip?.[i]) continue;
    const node = nodes[i];
    const r = podsShouldBeOnNode(ctx, node, nodeToDaemonPods, ds, hash, eligibility[i], byNode[i]);
    quiet[i] = r === nothingToDo ? 1 : 0;
    if (r.create) create.push(node.metadata?.name ?? '');
    if (r.toDelete.length) toDelete.push(...r.toDelete);
  }
  // Pods aimed at a node that does not exist (nodes are sortedNodes: the store's nodes, keyed by name); none can be
  // while the last pass found none and no pod changed since names one.
  if (!prev || prev.missing) {
    for (const [n, pods] of nodeToDaemonPods) {
      if (ctx.store.nodes.has(n)) continue;
      state.missing = true;
      for (const p of pods) if (!p.spec?.nodeName && !isTerminating(p)) toDelete.push(podName(p));
    }
  }
  return { acted: syncNodes(ctx, ds, toDelete, create, hash, burstLimited) > 0, create, toDelete };
}

/**
 * The nodes still waiting for a pod after a sync that burstReplicas cut short and that only created pods, with the
 * store version that sync left. While the version stands (the next sync of the same burst, nothing else having
 * happened), manage would find exactly these nodes again: the nodes it served now have one pod of the current
 * revision and nothing else changed. The repeat then creates for them without a new pass over every node (R37).
 */
const pendingCreates = new WeakMap<SimContext, Map<string, { version: number; hash: string; nodes: string[] }>>();

let burstShortcut = true;
/** Tests turn the shortcut off to show that it changes nothing but the time taken. */
export function useBurstShortcut(on: boolean): void {
  burstShortcut = on;
}

function pendingCreatesOf(ctx: SimContext): Map<string, { version: number; hash: string; nodes: string[] }> {
  let m = pendingCreates.get(ctx);
  if (!m) pendingCreates.set(ctx, (m = new Map()));
  return m;
}

/**
 * The repeat of a create-only burst (see pendingCreates); the status is computed by the last sync of the burst. The
 * history needs no second look: the first sync of the burst cleaned it up, and since then only pods of the current
 * revision were added, which keep no old revision alive.
 */
function continueBurst(ctx: SimContext, ds: DaemonSet, pending: { hash: string; nodes: string[] }): boolean {
  const burstLimited = { value: false };
  syncNodes(ctx, ds, [], pending.nodes, pending.hash, burstLimited);
  if (burstLimited.value) {
    pendingCreatesOf(ctx).set(ds.metadata?.uid ?? '', { version: ctx.store.version, hash: pending.hash, nodes: pending.nodes.slice(burstReplicas) });
    return true;
  }
  syncDaemonSetStatus(ctx, ds, sortedNodes(ctx), pending.hash);
  return false;
}

/**
 * syncDaemonSet for one DaemonSet (R30). Returns true when manage was cut short by burstReplicas: the real
 * controller's expectations are met as soon as its creates/deletes are observed, so it syncs again at once.
 */
export function syncDaemonSet(ctx: SimContext, name: string): boolean {
  const ds = ctx.store.daemonSets.get(name);
  if (!ds) return false;
  if (isEmptySelector(ds.spec?.selector)) {
    const seen = ctx.store.log.some((e) => e.reason === 'SelectingAll' && e.involvedObject.name === name);
    if (!seen) ctx.store.record('DaemonSet', name, 'Warning', 'SelectingAll', 'This daemon set is selecting all pods. A non-empty selector is required.', 'daemonset-controller');
    return false;
  }
  if (ds.metadata?.deletionTimestamp) return false;
  const uid = ds.metadata?.uid ?? '';
  const pending = pendingCreatesOf(ctx).get(uid);
  if (pending) {
    pendingCreatesOf(ctx).delete(uid);
    if (pending.version === ctx.store.version) return continueBurst(ctx, ds, pending);
  }
  const nodes = sortedNodes(ctx);
  const { current, old } = constructHistory(ctx, ds);
  const hash = current.metadata?.labels?.[hashLabel] ?? '';
  const burstLimited = { value: false };
  const { acted, create, toDelete } = manage(ctx, ds, nodes, hash, burstLimited);
  // The real controller runs rollingUpdate only once manage's creates/deletes are observed (expectations,
  // R30 step 7): after manage acted, the rolling update waits for the next sync.
  if (!acted && (ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') rollingUpdate(ctx, ds, nodes, hash);
  cleanupHistory(ctx, ds, old);
  // A sync cut short by burstReplicas is followed at once by the next, which computes the status.
  if (!burstLimited.value) syncDaemonSetStatus(ctx, ds, nodes, hash);
  if (burstShortcut && burstLimited.value && toDelete.length === 0) pendingCreatesOf(ctx).set(uid, { version: ctx.store.version, hash, nodes: create.slice(burstReplicas) });
  return burstLimited.value;
}
