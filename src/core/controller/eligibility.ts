/**
 * Node eligibility for daemon pods: toleration matching (R22), nodeSelector / required node affinity (R23),
 * the automatic daemon tolerations (R21) and NodeShouldRunDaemonPod (R20).
 */
import type { DaemonSet, Node, NodeSelector, NodeSelectorRequirement, PodSpec, Taint, Toleration } from '../model/types';
import type { NodeReason } from '../sim/api';

/** Toleration.ToleratesTaint (k8s.io/api core/v1 toleration.go). tolerationSeconds is ignored here. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case 'Exists': return true;
    case '': case 'Equal': return (t.value ?? '') === (taint.value ?? '');
    default: return false;
  }
}

export function taintTolerated(taint: Taint, tolerations: Toleration[] | undefined): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

function requirementMatches(r: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const vals = r.values ?? [];
  switch (r.operator) {
    case 'In': return has && vals.includes(labels[r.key]);
    case 'NotIn': return !has || !vals.includes(labels[r.key]);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    case 'Gt': case 'Lt': {
      if (!has || vals.length !== 1) return false;
      const re = /^[+-]?\d+$/;
      if (!re.test(labels[r.key]) || !re.test(vals[0])) return false;
      const a = BigInt(labels[r.key]);
      const b = BigInt(vals[0]);
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default: return false;
  }
}

function fieldMatches(r: NodeSelectorRequirement, node: Node): boolean {
  if (r.key !== 'metadata.name') return false;
  const vals = r.values ?? [];
  if (vals.length !== 1) return false;
  const name = node.metadata?.name ?? '';
  if (r.operator === 'In') return vals[0] === name;
  if (r.operator === 'NotIn') return vals[0] !== name;
  return false;
}

/** Required node affinity: terms ORed, requirements ANDed; an empty term or term list matches nothing. */
export function nodeSelectorMatches(sel: NodeSelector, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  return (sel.nodeSelectorTerms ?? []).some((term) => {
    const exprs = term.matchExpressions ?? [];
    const fields = term.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0) return false;
    return exprs.every((r) => requirementMatches(r, labels)) && fields.every((r) => fieldMatches(r, node));
  });
}

/** nodeSelector AND required node affinity (GetRequiredNodeAffinity(pod).Match(node)). */
export function podMatchesNodeSelectorAndAffinity(spec: PodSpec, node: Node): { ok: boolean; reasons: NodeReason[] } {
  const labels = node.metadata?.labels ?? {};
  const reasons: NodeReason[] = [];
  for (const [key, want] of Object.entries(spec.nodeSelector ?? {})) {
    if (labels[key] !== want) reasons.push({ kind: 'nodeSelector', key, want, have: labels[key] });
  }
  const req = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req && !nodeSelectorMatches(req, node)) reasons.push({ kind: 'affinity' });
  return { ok: reasons.length === 0, reasons };
}

const autoTolerations: { key: string; effect: string; hostNetworkOnly?: boolean }[] = [
  { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule', hostNetworkOnly: true },
];

/**
 * AddOrUpdateDaemonPodTolerations: user tolerations first, then the automatic ones; an automatic toleration
 * replaces a user toleration with the same key/operator/value/effect (AddOrUpdateTolerationInPodSpec).
 */
export function addDaemonPodTolerations(spec: PodSpec): Toleration[] {
  const out: Toleration[] = (spec.tolerations ?? []).map((t) => ({ ...t }));
  for (const a of autoTolerations) {
    if (a.hostNetworkOnly && !spec.hostNetwork) continue;
    const tol: Toleration = { key: a.key, operator: 'Exists', effect: a.effect };
    const i = out.findIndex((t) => (t.key ?? '') === tol.key && (t.operator ?? '') === tol.operator
      && (t.value ?? '') === '' && (t.effect ?? '') === tol.effect);
    if (i >= 0) out[i] = tol;
    else out.push(tol);
  }
  return out;
}

/** Memo of the synthetic pod's tolerations per template spec object (specs are replaced, never edited, on update). */
const tolerationMemo = new WeakMap<PodSpec, Toleration[]>();
function daemonTolerationsOf(spec: PodSpec): Toleration[] {
  let t = tolerationMemo.get(spec);
  if (!t) {
    t = addDaemonPodTolerations(spec);
    tolerationMemo.set(spec, t);
  }
  return t;
}

export interface ShouldRun {
  shouldRun: boolean;
  shouldContinueRunning: boolean;
  reasons: NodeReason[];
}

/** The answer for an eligible node, one object for all (kept per node by the callers, read only). */
const shouldRunHere: ShouldRun = Object.freeze({ shouldRun: true, shouldContinueRunning: true, reasons: Object.freeze([]) as unknown as NodeReason[] });

/**
 * NodeShouldRunDaemonPod (daemon_controller.go), evaluated on a synthetic pod (template spec + automatic
 * tolerations + nodeName). Ignores conditions, unschedulable, resources, ports and PreferNoSchedule.
 * - shouldRun: a daemon pod should run on the node if none is running there yet;
 * - shouldContinueRunning: a daemon pod already running there may stay;
 * - reasons: why shouldRun is false (nodeName, nodeSelector, affinity or untolerated taints), for the panel.
 */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): ShouldRun {
  const spec: PodSpec = ds.spec?.template?.spec ?? { containers: [] };
  const name = node.metadata?.name ?? '';
  if (spec.nodeName && spec.nodeName !== name) {
    return { shouldRun: false, shouldContinueRunning: false, reasons: [{ kind: 'nodeName', nodeName: spec.nodeName }] };
  }
  const fit = podMatchesNodeSelectorAndAffinity(spec, node);
  if (!fit.ok) return { shouldRun: false, shouldContinueRunning: false, reasons: fit.reasons };
  const tolerations = daemonTolerationsOf(spec);
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  const untolerated = taints.filter((t) => !taintTolerated(t, tolerations));
  if (untolerated.length === 0) return shouldRunHere;
  const noExecute = untolerated.some((t) => t.effect === 'NoExecute');
  return { shouldRun: false, shouldContinueRunning: !noExecute, reasons: untolerated.map((taint) => ({ kind: 'taint', taint })) };
}
