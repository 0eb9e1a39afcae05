/**
 * Simulation → ClusterSnapshot: the compact view model the cluster panel draws. Pure and linear in
 * nodes + pods, so it stays fast at thousands of nodes (scripts/bench-panel.mjs measures it).
 */
import type { CellView, ClusterSnapshot, DaemonSetView, EventView, NodeView, PodPhaseView, PodView, ProblemView, ReadyView, TaintEffectView } from '../../protocol/messages';
import type { DaemonSet, Node, Pod } from '../model/types';
import type { NodePlacement, Simulation } from '../sim/api';
import { describeReason, type PanelLanguage } from './reasons';
import { panelStrings } from './strings';
import { byName, targetNodeName } from '../controller/podUtil';

export interface SnapshotOptions {
  seq: number;
  playing: boolean;
  speed: number;
  previewMode: 'live' | 'onApply';
  lang: PanelLanguage;
  /** DaemonSet name → the editor file it came from. */
  sources?: Record<string, string>;
  problems?: ProblemView[];
  /** How many of the latest events to send (default 200). */
  maxEvents?: number;
}

const roleLabelPrefix = 'node-role.kubernetes.io/';

/** The ROLES column of kubectl get nodes, without `<none>`. */
export function nodeRoles(labels: Record<string, string> | undefined): string {
  const roles = Object.keys(labels ?? {}).filter((k) => k.startsWith(roleLabelPrefix)).map((k) => k.slice(roleLabelPrefix.length)).filter((r) => r !== '');
  if (labels?.['kubernetes.io/role']) roles.push(labels['kubernetes.io/role']);
  return [...new Set(roles)].sort().join(',');
}

function readyOf(node: Node): ReadyView {
  const c = node.status?.conditions?.find((x) => x.type === 'Ready');
  return c?.status === 'True' || c?.status === 'False' ? c.status : 'Unknown';
}

/** The controlling DaemonSet of a pod (ownerReferences with controller: true). */
function ownerOf(pod: Pod): string | undefined {
  return pod.metadata?.ownerReferences?.find((r) => r.controller && r.kind === 'DaemonSet')?.name;
}

function hashOfRevisionName(dsName: string, revName: string): string {
  return revName.startsWith(`${dsName}-`) ? revName.slice(dsName.length + 1) : revName;
}

interface DsInfo {
  ds: DaemonSet;
  view: DaemonSetView;
  /** controller-revision-hash → revision number. */
  revisions: Map<string, number>;
  currentHash?: string;
  templateGeneration?: string;
  /** Per node, in sim.nodes() order (placement() answers in that order too). */
  placement: NodePlacement[];
}

function daemonSetInfos(sim: Simulation, sources: Record<string, string>): DsInfo[] {
  const revs = sim.controllerRevisions();
  return sim.daemonSets().map((ds) => {
    const name = ds.metadata?.name ?? '';
    const revisions = new Map<string, number>();
    let currentHash: string | undefined;
    let current = 0;
    for (const r of revs) {
      const owner = r.metadata?.ownerReferences?.find((o) => o.kind === 'DaemonSet')?.name;
      if (owner !== name) continue;
      const hash = r.metadata?.labels?.['controller-revision-hash'] ?? hashOfRevisionName(name, r.metadata?.name ?? '');
      revisions.set(hash, r.revision);
      if (r.revision > current) { current = r.revision; currentHash = hash; }
    }
    const s = ds.status;
    const view: DaemonSetView = {
      name, namespace: ds.metadata?.namespace ?? sim.namespace,
      desired: s?.desiredNumberScheduled ?? 0, current: s?.currentNumberScheduled ?? 0, ready: s?.numberReady ?? 0,
      upToDate: s?.updatedNumberScheduled ?? 0, available: s?.numberAvailable ?? 0, misscheduled: s?.numberMisscheduled ?? 0,
      strategy: ds.spec?.updateStrategy?.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate',
      revision: current,
    };
    if (sources[name]) view.source = sources[name];
    const placement = sim.placement(name);
    return { ds, view, revisions, currentHash, templateGeneration: ds.metadata?.annotations?.['deprecated.daemonset.template.generation'], placement };
  });
}

function podView(pod: Pod, info: DsInfo): PodView {
  const labels = pod.metadata?.labels ?? {};
  const hash = labels['controller-revision-hash'];
  const phase = (pod.status?.phase ?? 'Pending') as PodPhaseView;
  const updated = (hash !== undefined && hash === info.currentHash)
    || (info.templateGeneration !== undefined && labels['pod-template-generation'] === info.templateGeneration);
  return {
    name: pod.metadata?.name ?? '',
    phase,
    ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
    rev: (hash !== undefined ? info.revisions.get(hash) : undefined) ?? 0,
    updated,
    terminating: pod.metadata?.deletionTimestamp != null,
  };
}

function cellOf(nodeName: string, nodeIndex: number, pods: Pod[] | undefined, info: DsInfo, lang: PanelLanguage): CellView {
  const cell: CellView = { pods: pods ? pods.map((p) => podView(p, info)) : [] };
  const at = info.placement[nodeIndex];
  const placement = at?.node === nodeName ? at : info.placement.find((p) => p.node === nodeName);
  if (placement && placement.reasons.length > 0) cell.reasons = placement.reasons.map((r) => describeReason(r, lang));
  if (placement && !placement.shouldRun && cell.pods.length > 0) cell.misscheduled = true;
  return cell;
}

/** A node's view without its cells, kept per node while its metadata, spec and status objects stay the same
 * (the simulator replaces them on every change: labels, taints, cordon, Ready). Callers only read it. */
const nodeBaseCache = new WeakMap<Node, { metadata: unknown; spec: unknown; status: unknown; base: NodeView }>();
const noCells: CellView[] = [];

/** The node's view with no cells (the key is there for nodeView to overwrite: cheaper for V8 than adding it). */
function nodeBase(node: Node): NodeView {
  const hit = nodeBaseCache.get(node);
  if (hit && hit.metadata === node.metadata && hit.spec === node.spec && hit.status === node.status) return hit.base;
  const labels = node.metadata?.labels ?? {};
  const alloc = node.status?.allocatable ?? {};
  const base = {
    name: node.metadata?.name ?? '',
    role: nodeRoles(labels),
    labels: Object.entries(labels),
    taints: (node.spec?.taints ?? []).map((t) => (t.value ? { key: t.key, value: t.value, effect: t.effect as TaintEffectView } : { key: t.key, effect: t.effect as TaintEffectView })),
    unschedulable: node.spec?.unschedulable === true,
    ready: readyOf(node),
    cpu: alloc.cpu ?? '', memory: alloc.memory ?? '', pods: alloc.pods ?? '',
    cells: noCells,
  };
  nodeBaseCache.set(node, { metadata: node.metadata, spec: node.spec, status: node.status, base });
  return base;
}

function nodeView(node: Node, nodeIndex: number, podsByDs: Map<string, Pod[]>[], infos: DsInfo[], lang: PanelLanguage): NodeView {
  const base = nodeBase(node);
  const view = { ...base };
  view.cells = infos.map((info, i) => cellOf(base.name, nodeIndex, podsByDs[i].get(base.name), info, lang));
  return view;
}

function eventViews(sim: Simulation, max: number): EventView[] {
  const all = sim.events();
  return all.slice(Math.max(0, all.length - max)).map((e) => ({
    time: e.time, type: e.type, reason: e.reason, object: `${e.involvedObject.kind}/${e.involvedObject.name}`, message: e.message,
  }));
}

/** Builds the whole snapshot the panel redraws from. */
export function buildSnapshot(sim: Simulation, opts: SnapshotOptions): ClusterSnapshot {
  const infos = daemonSetInfos(sim, opts.sources ?? {});
  const index = new Map(infos.map((info, i) => [info.view.name, i]));
  const podsByDs = infos.map(() => new Map<string, Pod[]>());
  for (const pod of sim.podsUnordered()) {
    const owner = ownerOf(pod);
    const i = owner === undefined ? undefined : index.get(owner);
    // spec.nodeName, or the node of a Pending daemon pod's metadata.name affinity term (R26), as the controller reads it.
    const node = targetNodeName(pod);
    if (i === undefined || node === undefined) continue;
    const byNode = podsByDs[i];
    const list = byNode.get(node);
    if (list) list.push(pod); else byNode.set(node, [pod]);
  }
  // A cell lists its pods by name (a node has one or two; sorting them is cheaper than sorting every pod).
  for (const byNode of podsByDs) for (const list of byNode.values()) if (list.length > 1) list.sort(byName);
  return {
    seq: opts.seq,
    time: sim.now(),
    playing: opts.playing,
    speed: opts.speed,
    previewMode: opts.previewMode,
    lang: opts.lang,
    strings: panelStrings(opts.lang),
    nodes: sim.nodes().map((n, i) => nodeView(n, i, podsByDs, infos, opts.lang)),
    daemonSets: infos.map((i) => i.view),
    events: eventViews(sim, opts.maxEvents ?? 200),
    problems: opts.problems ?? [],
  };
}
