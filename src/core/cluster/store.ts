/**
 * The virtual cluster's object store: Kubernetes-shaped Nodes, Pods, DaemonSets, ControllerRevisions and
 * Events, plus the numeric virtual times the components compute with (RFC 3339 strings live on the objects).
 */
import type { ControllerRevision, DaemonSet, Event, Node, Pod, PodCondition } from '../model/types';
import type { SimEvent } from '../sim/api';
import { toTimestamp, type Clock } from '../sim/clock';

/** Tests freeze the shared pod conditions (see Store.podCondition), so that a change in place fails loudly there. */
let freezeSharedConditions = false;
export function freezeSharedPodConditions(on: boolean): void {
  freezeSharedConditions = on;
}

/** Bookkeeping for one pod (times in virtual seconds), kept beside the stored object. */
export interface PodTimes {
  /** Store order: its first insertion (see podOrderOf). */
  order?: number;
  /** The controller uid the pod is filed under in the pods-by-controller index. */
  bucket?: string;
  created: number;
  /** Creation order. Real creationTimestamps differ between a pod and its later replacement even within one
   * virtual second, so pods created at the same virtual time are ordered by this before the name (R34). */
  seq: number;
  readySince?: number;
  deletedAt?: number;
  /** markReady / markNotReady (or a bare pod's `ready`); undefined: the readiness mode decides (auto: ready). */
  wantReady?: boolean;
  /** The pod was owned by a DaemonSet at some point (created or adopted). */
  everOwned?: boolean;
  /** Last FailedScheduling message, so the scheduler emits one event per distinct failure. */
  lastSchedulingFailure?: string;
}

/**
 * One change to the pod set: a pod added (a new name: last in store order) or removed, a pod marked for deletion,
 * or anything else (a pod replaced, an owner, labels or a phase changed).
 */
export interface PodSetChange {
  kind: 'added' | 'removed' | 'marked' | 'other';
  pod?: Pod;
}

/** How many pod set changes are kept (a cache older than that is computed again). */
const maxPodSetLog = 4096;

export class ClusterStore {
  readonly nodes = new Map<string, Node>();
  readonly pods = new Map<string, Pod>();
  readonly daemonSets = new Map<string, DaemonSet>();
  readonly revisions = new Map<string, ControllerRevision>();
  readonly podTimes = new Map<string, PodTimes>();
  readonly dsCreated = new Map<string, number>();
  readonly log: SimEvent[] = [];
  /** The involved object's uid per log entry (at the time of the event); the Event objects are made when read. */
  private readonly eventUids: (string | undefined)[] = [];
  private readonly events: Event[] = [];
  /** Bumped on every write; settle() runs components until it stops moving. */
  version = 0;
  /** Bumped by every write except a DaemonSet status update (touchStatus). */
  podsVersion = 0;
  /**
   * Bumped when what getNodesToDaemonPods reads changes (podSetChanged): a pod added, removed or replaced, its owner,
   * labels, deletion mark or phase (not a binding to its target node nor a readiness change, which leave it where it
   * is). The recent changes are kept (podSetChangesSince), so that what is kept on this version can be brought up to
   * date instead of computed again.
   */
  podSetVersion = 0;
  private podSetLog: PodSetChange[] = [];
  /** podSetVersion before the first change in podSetLog. */
  private podSetLogBase = 0;
  /** Bumped when a node is added, removed or changed (labels, taints, cordon, Ready): what is computed from nodes only is stale. */
  nodesVersion = 0;
  /**
   * The pods whose kubelet inputs changed since the kubelet last looked (added, bound, marked for deletion, a
   * readiness wish or phase set): the kubelet looks at these only, unless kubeletAll asks for every pod (a node
   * added, removed or its Ready condition changed).
   */
  readonly kubeletQueue = new Set<string>();
  kubeletAll = true;
  /** The pods without spec.nodeName, in store order: the scheduler's queue. */
  readonly unbound = new Set<string>();
  /** The pods added since PodGC last looked (it looks at every pod after a node change). */
  readonly podGCQueue = new Set<string>();
  /** spec.nodeName → the pods bound to it (a pod's nodeName is set at creation or binding, never changed). */
  private readonly boundPods = new Map<string, Set<Pod>>();
  private uidCounter = 0;
  private podSeq = 0;
  private podOrderSeq = 0;
  /** controller uid → pod names in store order (PodTimes.bucket: the uid each indexed pod was filed under). */
  private readonly podsByControllerIndex = new Map<string, string[]>();
  private podIndexStale = false;

  constructor(readonly clock: Clock, readonly namespace: string) {}

  now(): number {
    return this.clock.now();
  }

  touch(): void {
    this.version++;
    this.podsVersion++;
  }

  /** A write of a DaemonSet's status only: settle() sees it, and nothing computed from the pods is stale. */
  touchStatus(): void {
    this.version++;
  }

  /** A deterministic UUID-shaped uid. */
  newUid(): string {
    const n = (++this.uidCounter).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`;
  }

  timestamp(): string {
    return toTimestamp(this.now());
  }

  private conditionStamp = '';
  /** type → [the True condition, the False one] at conditionStamp. */
  private conditions = new Map<string, [PodCondition | undefined, PodCondition | undefined]>();
  /**
   * A pod condition `{type, status, lastTransitionTime: now}`, one object for every pod that gets it at this time
   * (50,000 pods turning Ready in one settle share four). Pod conditions are replaced, never changed in place.
   */
  podCondition(type: string, status: 'True' | 'False'): PodCondition {
    const ts = this.timestamp();
    if (ts !== this.conditionStamp) {
      this.conditionStamp = ts;
      this.conditions.clear();
    }
    let pair = this.conditions.get(type);
    if (!pair) this.conditions.set(type, (pair = [undefined, undefined]));
    const i = status === 'True' ? 0 : 1;
    let c = pair[i];
    if (!c) {
      c = { type, status, lastTransitionTime: ts };
      if (freezeSharedConditions) Object.freeze(c);
      pair[i] = c;
    }
    return c;
  }

  putPod(pod: Pod): void {
    const name = pod.metadata?.name ?? '';
    const prev = this.pods.get(name);
    const t = this.times(name);
    if (!prev) { t.order = ++this.podOrderSeq; t.bucket = undefined; }
    this.podGCQueue.add(name);
    this.podSetChanged(prev ? 'other' : 'added', pod);
    this.pods.set(name, pod);
    this.kubeletQueue.add(name);
    if (prev?.spec?.nodeName) this.boundPods.get(prev.spec.nodeName)?.delete(prev);
    if (pod.spec?.nodeName) { this.unbound.delete(name); this.indexBound(pod, pod.spec.nodeName); } else this.unbound.add(name);
    const uid = controllerUid(pod);
    const had = t.bucket;
    if (had === undefined) {
      t.bucket = uid;
      let bucket = this.podsByControllerIndex.get(uid);
      if (!bucket) this.podsByControllerIndex.set(uid, (bucket = []));
      bucket.push(name);
    } else if (had !== uid) this.ownershipChanged();
    this.touch();
  }

  removePod(name: string): void {
    const pod = this.pods.get(name);
    if (pod?.spec?.nodeName) this.boundPods.get(pod.spec.nodeName)?.delete(pod);
    if (this.pods.delete(name)) {
      this.podTimes.delete(name);
      this.kubeletQueue.delete(name);
      this.unbound.delete(name);
      this.podGCQueue.delete(name);
      this.podSetChanged('removed', pod);
      this.touch();
    }
  }

  private indexBound(pod: Pod, nodeName: string): void {
    let set = this.boundPods.get(nodeName);
    if (!set) this.boundPods.set(nodeName, (set = new Set()));
    set.add(pod);
  }

  /** Call after the scheduler set a stored pod's spec.nodeName. */
  podBound(pod: Pod, nodeName: string): void {
    const name = pod.metadata?.name ?? '';
    this.unbound.delete(name);
    this.indexBound(pod, nodeName);
    this.podChanged(name);
  }

  /** The pods whose spec.nodeName is this node (in no particular order; callers only read). */
  podsOnNode(nodeName: string): Iterable<Pod> {
    return this.boundPods.get(nodeName) ?? noPods;
  }

  /** Records a change to what getNodesToDaemonPods reads (see podSetVersion). */
  podSetChanged(kind: PodSetChange['kind'], pod?: Pod): void {
    this.podSetVersion++;
    if (this.podSetLog.length >= maxPodSetLog) {
      this.podSetLogBase += this.podSetLog.length;
      this.podSetLog = [];
    }
    this.podSetLog.push({ kind, pod });
  }

  /** The changes since `version` in order, or undefined when they are no longer all kept. */
  podSetChangesSince(version: number): readonly PodSetChange[] | undefined {
    if (version < this.podSetLogBase || version > this.podSetVersion) return undefined;
    return this.podSetLog.slice(version - this.podSetLogBase);
  }

  /** Call after changing a stored pod in place in a way the kubelet reads (binding, deletion mark, readiness wish, phase). */
  podChanged(name: string): void {
    this.kubeletQueue.add(name);
  }

  /** Call after changing a stored pod's controller ownerReference (adoption, release, orphaning). */
  ownershipChanged(): void {
    this.podIndexStale = true;
    this.podSetChanged('other');
  }

  /**
   * The pods whose controller ownerReference has this uid ('' for pods without a controller), in store order:
   * the index behind getDaemonPods, so a sync looks at its own pods and the orphans, not every pod.
   */
  podsByController(uid: string): Pod[] {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.podIndexStale) this.rebuildPodIndex();
      const names = this.podsByControllerIndex.get(uid) ?? [];
      const out: Pod[] = [];
      let removed = false;
      let stale = false;
      for (const name of names) {
        const pod = this.pods.get(name);
        if (!pod || this.podTimes.get(name)?.bucket !== uid) { removed = true; continue; }
        if (controllerUid(pod) !== uid) { stale = true; break; }
        out.push(pod);
      }
      if (stale) { this.podIndexStale = true; continue; }
      if (removed) this.podsByControllerIndex.set(uid, out.map((p) => p.metadata?.name ?? ''));
      return out;
    }
    throw new Error('pod index could not be rebuilt');
  }

  /** Store order of a pod (its first insertion), to merge index lists as a scan of `pods` would see them. */
  podOrderOf(name: string): number {
    return this.podTimes.get(name)?.order ?? 0;
  }

  private rebuildPodIndex(): void {
    this.podsByControllerIndex.clear();
    for (const [name, pod] of this.pods) {
      const uid = controllerUid(pod);
      this.times(name).bucket = uid;
      let bucket = this.podsByControllerIndex.get(uid);
      if (!bucket) this.podsByControllerIndex.set(uid, (bucket = []));
      bucket.push(name);
    }
    this.podIndexStale = false;
  }

  times(name: string): PodTimes {
    let t = this.podTimes.get(name);
    if (!t) {
      // Every field from the start: one object shape for all records keeps V8's reads of them fast.
      t = { created: this.now(), seq: ++this.podSeq, order: 0, bucket: undefined, readySince: undefined, deletedAt: undefined,
        wantReady: undefined, everOwned: undefined, lastSchedulingFailure: undefined };
      this.podTimes.set(name, t);
    }
    return t;
  }

  /** Records a Kubernetes Event (and the simulation log entry). */
  record(kind: string, name: string, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void {
    this.log.push({ time: this.now(), type, reason, message, involvedObject: { kind, name }, source });
    this.eventUids.push(kind === 'DaemonSet' ? this.daemonSets.get(name)?.metadata?.uid
      : kind === 'Pod' ? this.pods.get(name)?.metadata?.uid : this.nodes.get(name)?.metadata?.uid);
  }

  /** The Events recorded so far as core/v1 Event objects (made from the log on first read, then kept). */
  eventObjects(): readonly Event[] {
    for (let i = this.events.length; i < this.log.length; i++) {
      const { time, type, reason, message, involvedObject: { kind, name }, source } = this.log[i];
      const ts = toTimestamp(time);
      this.events.push({
        apiVersion: 'v1', kind: 'Event',
        metadata: { name: `${name}.${(i + 1).toString(16).padStart(16, '0')}`, namespace: this.namespace, creationTimestamp: ts },
        involvedObject: { kind, name, namespace: kind === 'Node' ? undefined : this.namespace, uid: this.eventUids[i], apiVersion: kind === 'DaemonSet' ? 'apps/v1' : 'v1' },
        reason, message, type, count: 1, firstTimestamp: ts, lastTimestamp: ts,
        source: { component: source },
      });
    }
    return this.events;
  }
}

const noPods: readonly Pod[] = [];

function controllerUid(pod: Pod): string {
  return (pod.metadata?.ownerReferences ?? []).find((r) => r.controller)?.uid ?? '';
}

/** The object with kubernetes-types' readonly server-set fields (status, uid, generation…) writable: the simulator is the server. */
export function w<T>(o: T): { -readonly [K in keyof T]: T[K] } {
  return o as { -readonly [K in keyof T]: T[K] };
}
