/**
 * The contract between the simulation core and everything that drives or shows it: the scenario runner,
 * kubectl, the panel, lessons and the browser playground. The implementation is `createSimulation`
 * (simulation.ts); nothing outside src/core reaches into the store directly.
 */
import type { ControllerRevision, DaemonSet, Event, Node, Pod, Taint, VirtualSeconds, ConditionStatus } from '../model/types';
import type { FieldError } from '../validation/fieldError';

export interface SimulationOptions {
  /** Seed for the pod-name suffixes and any other randomness. Same seed and inputs → same run. */
  seed?: number;
  namespace?: string;
  /** auto: bound pods on Ready nodes become Running+Ready at once; manual: only markReady makes them Ready. */
  readiness?: 'auto' | 'manual';
  /** instant: deletions remove the pod at once; graceful: Terminating for terminationGracePeriodSeconds. */
  deletion?: 'instant' | 'graceful';
  startTime?: VirtualSeconds;
}

/** Node as a scenario, the panel or an imported `kubectl get nodes -o yaml` describes it. */
export interface NodeInput {
  name: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
  ready?: ConditionStatus;
  allocatable?: { cpu?: string; memory?: string; pods?: number | string };
  /** Non-DaemonSet pods already bound to this node. */
  pods?: BarePodInput[];
}

export interface BarePodInput {
  name: string;
  node?: string;
  labels?: Record<string, string>;
  requests?: { cpu?: string; memory?: string };
  hostPorts?: { port: number; protocol?: string }[];
  ready?: boolean;
}

export interface ApplyResult {
  accepted: boolean;
  /** 'created' | 'configured' | 'unchanged' as kubectl apply prints them; undefined when rejected. */
  action?: 'created' | 'configured' | 'unchanged';
  name?: string;
  errors: FieldError[];
  /** The message kubectl would print on rejection, e.g. `The DaemonSet "x" is invalid: ...`. */
  message?: string;
}

export type Cascade = 'background' | 'foreground' | 'orphan';

/** One entry of the simulation's log: a Kubernetes Event plus the virtual time it happened. */
export interface SimEvent {
  time: VirtualSeconds;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** e.g. `DaemonSet/fluentd`, `Pod/fluentd-abcde`, `Node/worker-1`. */
  involvedObject: { kind: string; name: string };
  source: string;
}

/** Why a node has no pod of a DaemonSet, in data (the panel and lessons put it in words). */
export type NodeReason =
  | { kind: 'nodeName'; nodeName: string }
  | { kind: 'nodeSelector'; key: string; want: string; have?: string }
  | { kind: 'affinity' }
  | { kind: 'taint'; taint: Taint }
  | { kind: 'scheduling'; message: string };

export interface NodePlacement {
  node: string;
  shouldRun: boolean;
  shouldContinueRunning: boolean;
  /** Why shouldRun is false, or why a created pod stays Pending. Empty when the node runs the pod. */
  reasons: NodeReason[];
}

export interface Simulation {
  readonly namespace: string;
  now(): VirtualSeconds;

  // --- API server (apply / delete) ---------------------------------------------------------
  /** Create or fully update (kubectl replace semantics) a DaemonSet from a parsed manifest object. */
  apply(manifest: unknown): ApplyResult;
  deleteDaemonSet(name: string, cascade: Cascade): { ok: boolean; message: string };

  // --- nodes ---------------------------------------------------------------------------------
  addNode(node: NodeInput): void;
  removeNode(name: string): void;
  labelNode(name: string, set: Record<string, string>, remove?: string[]): void;
  taintNode(name: string, add: Taint[], remove?: { key: string; effect?: string }[]): void;
  cordon(name: string): void;
  uncordon(name: string): void;
  setNodeReady(name: string, status: ConditionStatus): void;

  // --- pods ----------------------------------------------------------------------------------
  deletePod(name: string): void;
  createPod(pod: BarePodInput): void;
  markReady(ds: string, nodes: string[] | 'all', ready: boolean): void;
  setPodPhase(podName: string, phase: 'Failed' | 'Succeeded'): void;
  relabelPod(podName: string, set: Record<string, string>): void;

  // --- rollout -------------------------------------------------------------------------------
  /** kubectl rollout undo semantics (R74); returns what kubectl prints, or an error message. */
  rolloutUndo(ds: string, toRevision?: number): { ok: boolean; message: string };

  // --- time ----------------------------------------------------------------------------------
  /** Run every simulated component to quiescence at the current virtual time. */
  settle(): void;
  /** Move virtual time forward by `seconds`, firing timed work (grace periods, minReadySeconds, backoff) in order, settling after each instant. */
  advance(seconds: number): void;
  /** Time of the next timed work item, if any (for the panel's "step"). */
  nextTimerAt(): VirtualSeconds | undefined;

  // --- reads (return copies or frozen objects; callers must not mutate) ----------------------
  nodes(): Node[];
  /** A number that changes whenever a node is added, removed or changed (labels, taints, cordon, Ready). */
  nodesVersion(): number;
  /** Every pod, sorted by name. */
  pods(): Pod[];
  /** Every pod in no particular order: cheaper than pods() when the caller groups them anyway. */
  podsUnordered(): Pod[];
  daemonSets(): DaemonSet[];
  getDaemonSet(name: string): DaemonSet | undefined;
  controllerRevisions(): ControllerRevision[];
  events(): SimEvent[];
  /** Kubernetes Event objects, for kubectl get events / describe. */
  eventObjects(): Event[];
  /** Per-node eligibility and reasons for one DaemonSet (nodeShouldRunDaemonPod + scheduler failures). */
  placement(ds: string): NodePlacement[];

  /**
   * Whether the pod was ever owned by a DaemonSet (created by one or adopted), for the scenario format's
   * `orphanPods`. Optional: drivers fall back to the controller-revision-hash label.
   */
  podWasOwned?(podName: string): boolean;

  /** Called after every settle with nothing; readers re-read what they need. Returns an unsubscribe function. */
  onDidChange(listener: () => void): () => void;
}
