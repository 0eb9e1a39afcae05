/**
 * The typed protocol between the cluster panel (webview) and the extension. No imports: both bundles use it.
 * The extension owns the simulation and posts snapshots (each node's labels and taints only when they changed:
 * snapshotWire.ts); the webview renders them and sends intents.
 */

export type TaintEffectView = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
export type ReadyView = 'True' | 'False' | 'Unknown';
export type PodPhaseView = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface TaintView {
  key: string;
  value?: string;
  effect: TaintEffectView;
}

/** One daemon pod as the panel draws it; `rev` is the ControllerRevision number (0 when unknown). */
export interface PodView {
  name: string;
  phase: PodPhaseView;
  ready: boolean;
  rev: number;
  /** Carries the DaemonSet's current revision hash (R64). */
  updated: boolean;
  terminating: boolean;
}

/** What one node shows for one DaemonSet: its pods, or (no pod) the reason in words. */
export interface CellView {
  pods: PodView[];
  /** nodeShouldRunDaemonPod said no (or a pod is stuck Pending): the reasons, already in the panel's language. */
  reasons?: string[];
  /** shouldRun is false but a pod is still there (numberMisscheduled). */
  misscheduled?: boolean;
}

/** A node as the panel draws it. Named *View to avoid the DOM's global `Node`. */
export interface NodeView {
  name: string;
  role: string;
  labels: [string, string][];
  taints: TaintView[];
  unschedulable: boolean;
  ready: ReadyView;
  cpu: string;
  memory: string;
  pods: string;
  /** One cell per entry of ClusterSnapshot.daemonSets, in the same order. */
  cells: CellView[];
}

/** `kubectl get ds` figures plus what the panel needs for the rollout bar. */
export interface DaemonSetView {
  name: string;
  namespace: string;
  desired: number;
  current: number;
  ready: number;
  upToDate: number;
  available: number;
  misscheduled: number;
  strategy: 'RollingUpdate' | 'OnDelete';
  /** Current revision number (the colour of up-to-date pods). */
  revision: number;
  /** Where the live preview took it from (workspace-relative path), if from an editor. */
  source?: string;
}

export interface EventView {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  object: string;
  message: string;
}

/** An invalid manifest in an open editor: the last valid state keeps running. */
export interface ProblemView {
  source: string;
  messages: string[];
}

/** Everything the panel needs to redraw, at simulated time `time` (seconds). */
export interface ClusterSnapshot {
  seq: number;
  time: number;
  playing: boolean;
  speed: number;
  previewMode: 'live' | 'onApply';
  lang: 'en' | 'ko';
  /** UI strings in the panel's language, keyed by English id. */
  strings: Record<string, string>;
  nodes: NodeView[];
  daemonSets: DaemonSetView[];
  events: EventView[];
  problems: ProblemView[];
}

/** A node's view but its name and cells: what the wire sends only when it changed (snapshotWire.ts). */
export type NodeBaseView = Omit<NodeView, 'name' | 'cells'>;

/** A node on the wire: its cells always, its base when it is new to the webview or changed. */
export interface NodeWire {
  name: string;
  cells: CellView[];
  base?: NodeBaseView;
}

/** A snapshot as posted: nodes as NodeWire (SnapshotEncoder / SnapshotDecoder in snapshotWire.ts). */
export interface SnapshotWire extends Omit<ClusterSnapshot, 'nodes'> {
  nodes: NodeWire[];
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'snapshot'; snapshot: SnapshotWire }
  | { type: 'notice'; level: 'info' | 'error'; message: string };

/** Webview → extension: user intents; the extension decides what they mean. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'setSpeed'; speed: number }
  | { type: 'addNode'; name: string }
  | { type: 'removeNode'; node: string }
  | { type: 'labelNode'; node: string; key: string; value?: string }
  | { type: 'taintNode'; node: string; key: string; value?: string; effect: TaintEffectView }
  | { type: 'untaintNode'; node: string; key: string; effect: TaintEffectView }
  | { type: 'setCordon'; node: string; cordoned: boolean }
  | { type: 'setNodeReady'; node: string; ready: ReadyView }
  | { type: 'deletePod'; pod: string }
  | { type: 'rolloutUndo'; daemonSet: string }
  | { type: 'importNodes' }
  | { type: 'exportNodes' }
  | { type: 'resetCluster' };

/** UI-only state the webview keeps across hide/show via vscode.setState. */
export interface WebviewState {
  selectedNode?: string;
  filter?: string;
  scrollTop?: number;
}

export const speeds: readonly number[] = [0.5, 1, 2, 5, 10, 30];
const effects: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const readyValues: readonly string[] = ['True', 'False', 'Unknown'];
const maxText = 253;

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}

function str(o: Record<string, unknown>, key: string, optional = false): string | undefined | null {
  const v = o[key];
  if (v === undefined && optional) return undefined;
  return typeof v === 'string' && v.length <= maxText && (optional || v.length > 0) ? v : null;
}

/** Validates a message from the webview; returns undefined for anything malformed (never throws). */
export function parseFromWebview(data: unknown): FromWebview | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  const node = (): string | null | undefined => str(o, 'node');
  switch (o.type) {
    case 'ready': case 'play': case 'pause': case 'step': case 'importNodes': case 'exportNodes': case 'resetCluster':
      return { type: o.type };
    case 'setSpeed':
      return typeof o.speed === 'number' && speeds.includes(o.speed) ? { type: 'setSpeed', speed: o.speed } : undefined;
    case 'addNode': {
      const name = str(o, 'name');
      return name ? { type: 'addNode', name } : undefined;
    }
    case 'removeNode': {
      const n = node();
      return n ? { type: 'removeNode', node: n } : undefined;
    }
    case 'labelNode': {
      const n = node(), key = str(o, 'key'), value = str(o, 'value', true);
      if (!n || !key || value === null) return undefined;
      return value === undefined ? { type: 'labelNode', node: n, key } : { type: 'labelNode', node: n, key, value };
    }
    case 'taintNode': case 'untaintNode': {
      const n = node(), key = str(o, 'key'), value = str(o, 'value', true);
      const effect = typeof o.effect === 'string' && effects.includes(o.effect) ? (o.effect as TaintEffectView) : undefined;
      if (!n || !key || !effect || value === null) return undefined;
      if (o.type === 'untaintNode') return { type: 'untaintNode', node: n, key, effect };
      return value === undefined ? { type: 'taintNode', node: n, key, effect } : { type: 'taintNode', node: n, key, value, effect };
    }
    case 'setCordon': {
      const n = node();
      return n && typeof o.cordoned === 'boolean' ? { type: 'setCordon', node: n, cordoned: o.cordoned } : undefined;
    }
    case 'setNodeReady': {
      const n = node();
      return n && typeof o.ready === 'string' && readyValues.includes(o.ready) ? { type: 'setNodeReady', node: n, ready: o.ready as ReadyView } : undefined;
    }
    case 'deletePod': {
      const pod = str(o, 'pod');
      return pod ? { type: 'deletePod', pod } : undefined;
    }
    case 'rolloutUndo': {
      const ds = str(o, 'daemonSet');
      return ds ? { type: 'rolloutUndo', daemonSet: ds } : undefined;
    }
    default:
      return undefined;
  }
}

/** Validates a message from the extension in the webview (shape only; the extension is trusted but checked). */
export function parseToWebview(data: unknown): ToWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  if (o.type === 'snapshot') {
    const s = o.snapshot as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null) return undefined;
    const ok = typeof s.seq === 'number' && typeof s.time === 'number' && Array.isArray(s.nodes) && Array.isArray(s.daemonSets)
      && Array.isArray(s.events) && Array.isArray(s.problems) && typeof s.strings === 'object' && s.strings !== null;
    return ok ? { type: 'snapshot', snapshot: s as unknown as SnapshotWire } : undefined;
  }
  if (o.type === 'notice' && (o.level === 'info' || o.level === 'error') && typeof o.message === 'string') {
    return { type: 'notice', level: o.level, message: o.message };
  }
  return undefined;
}
