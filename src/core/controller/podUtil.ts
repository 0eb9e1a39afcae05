/** Pod helpers after k8s.io/kubernetes pkg/api/v1/pod and pkg/controller/daemon/util. */
import type { DaemonSet, Pod } from '../model/types';
import type { ClusterStore } from '../cluster/store';

export const hashLabel = 'controller-revision-hash';
export const generationLabel = 'pod-template-generation';
export const templateGenerationAnnotation = 'deprecated.daemonset.template.generation';

export function podName(p: Pod): string {
  return p.metadata?.name ?? '';
}

/** Orders objects by metadata.name (the order of kubectl's lists and of the simulator's iteration, R53). */
export function byName(a: { metadata?: { name?: string } }, b: { metadata?: { name?: string } }): number {
  return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
}

export function isPodReady(p: Pod): boolean {
  const conds = p.status?.conditions;
  if (conds) for (const c of conds) if (c.type === 'Ready' && c.status === 'True') return true;
  return false;
}

export function isTerminal(p: Pod): boolean {
  return p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded';
}

export function isTerminating(p: Pod): boolean {
  return !!p.metadata?.deletionTimestamp;
}

/**
 * podutil.IsPodAvailable: Ready, and minReadySeconds == 0 or lastTransitionTime + minReadySeconds <= now
 * (1.34 uses <=, PR #132122).
 */
export function isPodAvailable(store: ClusterStore, p: Pod, minReadySeconds: number): boolean {
  if (!isPodReady(p)) return false;
  if (!minReadySeconds) return true;
  const since = store.podTimes.get(podName(p))?.readySince ?? store.now();
  return since + minReadySeconds <= store.now();
}

/** util.GetTargetNodeName: spec.nodeName, else the single metadata.name matchFields value. */
export function targetNodeName(p: Pod): string | undefined {
  if (p.spec?.nodeName) return p.spec.nodeName;
  const terms = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) {
    for (const f of t.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In' && f.values?.length === 1) return f.values[0];
    }
  }
  return undefined;
}

export function templateGeneration(ds: DaemonSet): string | undefined {
  return ds.metadata?.annotations?.[templateGenerationAnnotation];
}

/** util.IsPodUpdated: the hash label matches, or pod-template-generation equals the DS templateGeneration (R64). */
export function isPodUpdated(p: Pod, hash: string, ds: DaemonSet): boolean {
  const labels = p.metadata?.labels ?? {};
  const gen = templateGeneration(ds);
  return labels[hashLabel] === hash || (gen !== undefined && labels[generationLabel] === gen);
}

/** podByCreationTimestampAndPhase (R34): bound first, then older first (creation order within one virtual time), then by name. */
export function comparePodAge(store: ClusterStore, a: Pod, b: Pod): number {
  const ab = a.spec?.nodeName ? 0 : 1;
  const bb = b.spec?.nodeName ? 0 : 1;
  if (ab !== bb) return ab - bb;
  const ta = store.podTimes.get(podName(a))?.created ?? 0;
  const tb = store.podTimes.get(podName(b))?.created ?? 0;
  if (ta !== tb) return ta - tb;
  const sa = store.podTimes.get(podName(a))?.seq ?? 0;
  const sb = store.podTimes.get(podName(b))?.seq ?? 0;
  if (sa !== sb) return sa - sb;
  return podName(a) < podName(b) ? -1 : podName(a) > podName(b) ? 1 : 0;
}

export function controllerRef(p: { metadata?: { ownerReferences?: { controller?: boolean; uid: string; kind: string; name: string }[] } }) {
  return (p.metadata?.ownerReferences ?? []).find((r) => r.controller);
}

/** GetScaledValueFromIntOrPercent(v, total, roundUp=true). Invalid strings count as 0. */
export function scaledValue(v: number | string | undefined, total: number): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return 0;
  return Math.ceil((Number(m[1]) * total) / 100);
}

/** qos.GetPodQOS, simplified to cpu and memory: Guaranteed, Burstable or BestEffort. */
export function podQosClass(spec: { containers?: { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } }[] } | undefined): string {
  const cs = spec?.containers ?? [];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => {
    const lim = c.resources?.limits?.[r];
    const req = c.resources?.requests?.[r] ?? lim;
    return lim !== undefined && String(req) === String(lim);
  }));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
