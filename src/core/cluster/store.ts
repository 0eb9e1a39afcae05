/**
 * The virtual cluster's object store: Kubernetes-shaped Nodes, Pods, DaemonSets, ControllerRevisions and
 * Events, plus the numeric virtual times the components compute with (RFC 3339 strings live on the objects).
 */
import type { ControllerRevision, DaemonSet, Event, Node, Pod } from '../model/types';
import type { SimEvent } from '../sim/api';
import { toTimestamp, type Clock } from '../sim/clock';

/** Numeric bookkeeping for one pod (virtual seconds), kept beside the stored object. */
export interface PodTimes {
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

export class ClusterStore {
  readonly nodes = new Map<string, Node>();
  readonly pods = new Map<string, Pod>();
  readonly daemonSets = new Map<string, DaemonSet>();
  readonly revisions = new Map<string, ControllerRevision>();
  readonly podTimes = new Map<string, PodTimes>();
  readonly dsCreated = new Map<string, number>();
  readonly log: SimEvent[] = [];
  readonly eventObjects: Event[] = [];
  /** Bumped on every write; settle() runs components until it stops moving. */
  version = 0;
  private uidCounter = 0;
  private podSeq = 0;

  constructor(readonly clock: Clock, readonly namespace: string) {}

  now(): number {
    return this.clock.now();
  }

  touch(): void {
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

  putPod(pod: Pod): void {
    this.pods.set(pod.metadata?.name ?? '', pod);
    this.touch();
  }

  removePod(name: string): void {
    if (this.pods.delete(name)) {
      this.podTimes.delete(name);
      this.touch();
    }
  }

  times(name: string): PodTimes {
    let t = this.podTimes.get(name);
    if (!t) {
      t = { created: this.now(), seq: ++this.podSeq };
      this.podTimes.set(name, t);
    }
    return t;
  }

  /** Records a Kubernetes Event (and the simulation log entry). */
  record(kind: string, name: string, type: 'Normal' | 'Warning', reason: string, message: string, source: string): void {
    const time = this.now();
    this.log.push({ time, type, reason, message, involvedObject: { kind, name }, source });
    const ts = toTimestamp(time);
    const uid = kind === 'DaemonSet' ? this.daemonSets.get(name)?.metadata?.uid
      : kind === 'Pod' ? this.pods.get(name)?.metadata?.uid : this.nodes.get(name)?.metadata?.uid;
    this.eventObjects.push({
      apiVersion: 'v1', kind: 'Event',
      metadata: { name: `${name}.${(this.eventObjects.length + 1).toString(16).padStart(16, '0')}`, namespace: this.namespace, creationTimestamp: ts },
      involvedObject: { kind, name, namespace: kind === 'Node' ? undefined : this.namespace, uid, apiVersion: kind === 'DaemonSet' ? 'apps/v1' : 'v1' },
      reason, message, type, count: 1, firstTimestamp: ts, lastTimestamp: ts,
      source: { component: source },
    });
  }
}

/** The object with kubernetes-types' readonly server-set fields (status, uid, generation…) writable: the simulator is the server. */
export function w<T>(o: T): { -readonly [K in keyof T]: T[K] } {
  return o as { -readonly [K in keyof T]: T[K] };
}
