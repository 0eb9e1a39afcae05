/** Pod-shaped expectations: pods, podsOnNode, podCounts, podStates, podNames, counts per node, orphans, snapshots. */
import type { Pod } from '../model/types';
import type { ExpectContext, Failure } from './context';
import { ownedPods, podNode, podState } from './context';
import { hashLabel, controllerRef, isTerminating } from '../controller/podUtil';
import { perfectMatch, substitute, deepEqual } from './values';

type Rec = Record<string, unknown>;

function tokenFits(ctx: ExpectContext, token: string, p: Pod): boolean {
  const [tid, state] = token.split(':');
  if (state && podState(p) !== state) return false;
  if (tid === '*') return true;
  const hash = ctx.templates.get(tid);
  return hash !== undefined && p.metadata?.labels?.[hashLabel] === hash;
}

function describePod(ctx: ExpectContext, p: Pod): string {
  const hash = p.metadata?.labels?.[hashLabel];
  const tid = [...ctx.templates.entries()].find(([, h]) => h === hash)?.[0] ?? `hash ${hash ?? '?'}`;
  return `${tid}:${podState(p)}`;
}

function byNode(pods: Pod[]): Map<string, Pod[]> {
  const m = new Map<string, Pod[]>();
  for (const p of pods) m.set(podNode(p), [...(m.get(podNode(p)) ?? []), p]);
  return m;
}

/** `pods` (exhaustive) and `podsOnNode` (listed nodes only). */
export function checkPods(ctx: ExpectContext, spec: Rec, exhaustive: boolean, key: string, out: Failure[]): void {
  for (const [ds, nodesSpec] of Object.entries(spec)) {
    const m = byNode(ownedPods(ctx.sim, ds));
    const want = (nodesSpec ?? {}) as Record<string, string[]>;
    const nodes = new Set([...Object.keys(want), ...(exhaustive ? m.keys() : [])]);
    for (const n of [...nodes].sort()) {
      const tokens = (want[n] ?? []).map(String);
      const pods = m.get(n) ?? [];
      if (!perfectMatch(tokens, pods, (t, p) => tokenFits(ctx, t, p))) {
        out.push({ key: `${key}.${ds}.${n}`, expected: tokens, observed: pods.map((p) => describePod(ctx, p)).sort() });
      }
    }
  }
}

export function checkPodCounts(ctx: ExpectContext, spec: Rec, out: Failure[]): void {
  for (const [ds, counts] of Object.entries(spec)) {
    const all = ownedPods(ctx.sim, ds, true);
    const live = all.filter((p) => !isTerminating(p));
    const c = (counts ?? {}) as Record<string, number>;
    const observed: Record<string, number> = {};
    let unlisted = live.length;
    for (const tid of Object.keys(c)) {
      if (tid === 'terminating') { observed[tid] = all.length - live.length; continue; }
      const got = live.filter((p) => tokenFits(ctx, tid, p)).length;
      observed[tid] = got;
      unlisted -= got;
    }
    if (Object.entries(c).some(([k, n]) => observed[k] !== n) || unlisted !== 0) {
      const detail: Record<string, unknown> = { ...observed };
      if (unlisted !== 0) detail.otherTemplates = live.filter((p) => !Object.keys(c).some((t) => t !== 'terminating' && tokenFits(ctx, t, p))).map((p) => describePod(ctx, p));
      out.push({ key: `podCounts.${ds}`, expected: c, observed: detail });
    }
  }
}

export function checkPodStates(ctx: ExpectContext, spec: Rec, out: Failure[]): void {
  for (const [ds, byTid] of Object.entries(spec)) {
    for (const [tid, states] of Object.entries((byTid ?? {}) as Record<string, string[]>)) {
      const got = ownedPods(ctx.sim, ds).filter((p) => tokenFits(ctx, tid, p)).map(podState).sort();
      const want = [...(states ?? [])].map(String).sort();
      if (!deepEqual(got, want)) out.push({ key: `podStates.${ds}.${tid}`, expected: want, observed: got });
    }
  }
}

export function checkMaxPodsPerNode(ctx: ExpectContext, n: number, out: Failure[]): void {
  for (const ds of new Set(ctx.sim.pods().map((p) => controllerRef(p)?.name).filter((x): x is string => !!x))) {
    for (const [node, pods] of byNode(ownedPods(ctx.sim, ds))) {
      if (pods.length > n) out.push({ key: `maxPodsPerNode`, expected: n, observed: `${pods.length} pods of ${ds} on ${node}` });
    }
  }
}

export function checkNodesWithPodCount(ctx: ExpectContext, spec: Rec, out: Failure[]): void {
  for (const [ds, counts] of Object.entries(spec)) {
    const m = byNode(ownedPods(ctx.sim, ds));
    const nodes = new Set([...ctx.sim.nodes().map((n) => n.metadata?.name ?? ''), ...m.keys()]);
    for (const [k, n] of Object.entries((counts ?? {}) as Record<string, number>)) {
      const got = [...nodes].filter((x) => (m.get(x)?.length ?? 0) === Number(k)).length;
      if (got !== n) out.push({ key: `nodesWithPodCount.${ds}.${k}`, expected: n, observed: got });
    }
  }
}

export function checkPodNames(ctx: ExpectContext, spec: Rec, out: Failure[]): void {
  for (const [ds, nodes] of Object.entries(spec)) {
    const m = byNode(ownedPods(ctx.sim, ds));
    for (const [n, names] of Object.entries((nodes ?? {}) as Record<string, string[]>)) {
      const got = (m.get(n) ?? []).map((p) => p.metadata?.name ?? '').sort();
      if (!deepEqual(got, [...names].sort())) out.push({ key: `podNames.${ds}.${n}`, expected: names, observed: got });
    }
  }
}

/** podsMatchSnapshot (same names per node) and podsDifferFromSnapshot (no name in common per node). */
export function checkSnapshot(ctx: ExpectContext, spec: Rec, match: boolean, out: Failure[]): void {
  const key = match ? 'podsMatchSnapshot' : 'podsDifferFromSnapshot';
  const listed = Array.isArray(spec.nodes) ? (spec.nodes as string[]) : undefined;
  for (const [ds, snapName] of Object.entries(spec)) {
    if (ds === 'nodes') continue;
    const snap = ctx.snapshots.get(String(snapName));
    if (!snap) { out.push({ key: `${key}.${ds}`, expected: `snapshot ${String(snapName)}`, observed: 'no such snapshot' }); continue; }
    const before = snap.byDaemonSet[ds] ?? {};
    const now = byNode(ownedPods(ctx.sim, ds));
    const nodes = listed ?? (match ? [...new Set([...Object.keys(before), ...now.keys()])] : Object.keys(before));
    for (const n of nodes.sort()) {
      const a = [...(before[n] ?? [])].sort();
      const b = (now.get(n) ?? []).map((p) => p.metadata?.name ?? '').sort();
      const ok = match ? deepEqual(a, b) : !a.some((x) => b.includes(x));
      if (!ok) out.push({ key: `${key}.${ds}.${n}`, expected: match ? a : `none of ${JSON.stringify(a)}`, observed: b });
    }
  }
}

/** orphanPods: EXHAUSTIVE list of live pods once owned by a DaemonSet that now have no controllerRef. */
export function checkOrphanPods(ctx: ExpectContext, spec: Rec[], out: Failure[]): void {
  const { sim } = ctx;
  const orphans = sim.pods().filter((p) => !controllerRef(p) && !isTerminating(p)
    && (sim.podWasOwned ? sim.podWasOwned(p.metadata?.name ?? '') : !!p.metadata?.labels?.[hashLabel]));
  const fits = (e: Rec, p: Pod): boolean => {
    if (e.node !== undefined && podNode(p) !== e.node) return false;
    if (e.labels) {
      const want = substitute(e.labels, ctx.templates) as Record<string, unknown>;
      for (const [k, v] of Object.entries(want)) if (p.metadata?.labels?.[k] !== String(v)) return false;
    }
    if (e.fromSnapshot !== undefined && !ctx.snapshots.get(String(e.fromSnapshot))?.allPods.includes(p.metadata?.name ?? '')) return false;
    if (e.ready !== undefined && (podState(p) === 'Ready') !== e.ready) return false;
    return true;
  };
  if (!perfectMatch(spec, orphans, fits)) {
    out.push({ key: 'orphanPods', expected: spec, observed: orphans.map((p) => ({ name: p.metadata?.name, node: podNode(p), labels: p.metadata?.labels, ready: podState(p) === 'Ready' })) });
  }
}

export function checkSchedulingFailures(ctx: ExpectContext, spec: Rec[], out: Failure[]): void {
  for (const f of spec) {
    const pods = ownedPods(ctx.sim, String(f.ds)).filter((p) => podNode(p) === f.node && !p.spec?.nodeName);
    const msgs = pods.map((p) => (p.status?.conditions ?? []).find((c) => c.type === 'PodScheduled' && c.status === 'False')?.message ?? '');
    if (!msgs.some((m) => m.includes(String(f.reasonContains)))) {
      out.push({ key: `schedulingFailures.${f.ds}.${f.node}`, expected: f.reasonContains, observed: pods.length ? msgs : 'no Pending pod' });
    }
  }
}
