/**
 * checkExpect: evaluates a scenario `expect` block against a simulation and the driver's context. Used by
 * the scenario runner and by lesson step checks. Returns the failed expectations (empty = all hold).
 */
import type { ExpectContext, Failure } from './context';
import { getPath, ownedPods, podNode } from './context';
import { controllerRef, hashLabel } from '../controller/podUtil';
import { deepEqual, normalizeTolerations, substitute } from './values';
import { checkMaxPodsPerNode, checkNodesWithPodCount, checkOrphanPods, checkPodCounts, checkPodNames, checkPods, checkPodStates, checkSchedulingFailures, checkSnapshot } from './expectPods';
import { checkKubectl } from './expectKubectl';
import { formatFieldError } from '../validation/fieldError';

type Rec = Record<string, unknown>;
const statusField: Record<string, string> = {
  desired: 'desiredNumberScheduled', current: 'currentNumberScheduled', ready: 'numberReady', upToDate: 'updatedNumberScheduled',
  available: 'numberAvailable', unavailable: 'numberUnavailable', misscheduled: 'numberMisscheduled', observedGeneration: 'observedGeneration',
};
const errorType: Record<string, string> = { Invalid: 'Invalid', Required: 'Required', NotSupported: 'NotSupported', Forbidden: 'Forbidden',
  'Invalid value': 'Invalid', 'Required value': 'Required', 'Unsupported value': 'NotSupported' };

function fieldsEqual(path: string, got: unknown, want: unknown): boolean {
  if (want === null) return got === undefined || got === null;
  if (/tolerations$/.test(path)) return deepEqual(normalizeTolerations(got), normalizeTolerations(want));
  return deepEqual(got, want);
}

function checkFields(ctx: ExpectContext, obj: unknown, fields: Rec, key: string, out: Failure[]): void {
  for (const [path, raw] of Object.entries(fields ?? {})) {
    const want = substitute(raw, ctx.templates);
    const got = getPath(obj, path);
    if (!fieldsEqual(path, got, want)) out.push({ key: `${key}.${path}`, expected: want, observed: got ?? null });
  }
}

function checkErrors(ctx: ExpectContext, ex: Rec, out: Failure[]): void {
  const errors = ctx.lastApply?.errors ?? [];
  const want = (ex.errors as Rec[] | undefined) ?? [];
  const used = new Set<number>();
  for (const w of want) {
    const i = errors.findIndex((e, j) => !used.has(j) && e.field === w.field && e.type === (errorType[String(w.type)] ?? w.type)
      && (w.detail === undefined || e.detail.includes(String(w.detail)) || formatFieldError(e).includes(String(w.detail))));
    if (i < 0) out.push({ key: 'errors', expected: w, observed: errors.map(formatFieldError) });
    else used.add(i);
  }
  if (ex.exactErrors === true && errors.length !== want.length) {
    out.push({ key: 'exactErrors', expected: want.length, observed: errors.map(formatFieldError) });
  }
}

export function checkExpect(ctx: ExpectContext, ex: Rec): Failure[] {
  const out: Failure[] = [];
  const { sim } = ctx;
  if (ex.accepted !== undefined && (ctx.lastApply?.accepted ?? null) !== ex.accepted) {
    out.push({ key: 'accepted', expected: ex.accepted, observed: ctx.lastApply ? (ctx.lastApply.accepted ? true : ctx.lastApply.message ?? false) : 'no apply' });
  }
  if (ex.errors !== undefined || ex.exactErrors !== undefined) checkErrors(ctx, ex, out);
  if (ex.pods) checkPods(ctx, ex.pods as Rec, true, 'pods', out);
  if (ex.podsOnNode) checkPods(ctx, ex.podsOnNode as Rec, false, 'podsOnNode', out);
  if (ex.podCounts) checkPodCounts(ctx, ex.podCounts as Rec, out);
  if (ex.podStates) checkPodStates(ctx, ex.podStates as Rec, out);
  if (ex.maxPodsPerNode !== undefined) checkMaxPodsPerNode(ctx, Number(ex.maxPodsPerNode), out);
  if (ex.nodesWithPodCount) checkNodesWithPodCount(ctx, ex.nodesWithPodCount as Rec, out);
  if (ex.status) {
    for (const [ds, fields] of Object.entries(ex.status as Rec)) {
      const obj = sim.getDaemonSet(ds);
      if (!obj) { out.push({ key: `status.${ds}`, expected: fields, observed: 'DaemonSet not found' }); continue; }
      for (const [k, v] of Object.entries((fields ?? {}) as Rec)) {
        const got = (obj.status as Rec | undefined)?.[statusField[k]] ?? (k === 'observedGeneration' ? undefined : 0);
        if (got !== v) out.push({ key: `status.${ds}.${k}`, expected: v, observed: got ?? null });
      }
    }
  }
  if (ex.dsFields) {
    for (const [ds, fields] of Object.entries(ex.dsFields as Rec)) {
      const obj = sim.getDaemonSet(ds);
      if (!obj) out.push({ key: `dsFields.${ds}`, expected: fields, observed: 'DaemonSet not found' });
      else checkFields(ctx, obj, fields as Rec, `dsFields.${ds}`, out);
    }
  }
  if (ex.nodeFields) {
    for (const [n, fields] of Object.entries(ex.nodeFields as Rec)) {
      const node = sim.nodes().find((x) => x.metadata?.name === n);
      if (!node) { out.push({ key: `nodeFields.${n}`, expected: fields, observed: 'node not found' }); continue; }
      for (const [path, want] of Object.entries((fields ?? {}) as Rec)) {
        let got = getPath(node, path);
        if (path === 'spec.taints') {
          const norm = (l: unknown) => ((l as Rec[] | undefined) ?? []).map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`).sort();
          if (!deepEqual(norm(got), norm(want))) out.push({ key: `nodeFields.${n}.${path}`, expected: want, observed: got ?? [] });
          continue;
        }
        if (path === 'spec.unschedulable' && got === undefined) got = false;
        if (!fieldsEqual(path, got, want)) out.push({ key: `nodeFields.${n}.${path}`, expected: want, observed: got ?? null });
      }
    }
  }
  if (ex.podFields) {
    for (const [ds, spec] of Object.entries(ex.podFields as Rec)) {
      const s = spec as Rec;
      const pods = ownedPods(sim, ds).filter((p) => podNode(p) === s.node);
      if (pods.length !== 1) { out.push({ key: `podFields.${ds}`, expected: `one live pod on ${String(s.node)}`, observed: pods.map((p) => p.metadata?.name) }); continue; }
      if (s.namePattern !== undefined && !new RegExp(String(s.namePattern)).test(pods[0].metadata?.name ?? '')) {
        out.push({ key: `podFields.${ds}.namePattern`, expected: s.namePattern, observed: pods[0].metadata?.name });
      }
      checkFields(ctx, pods[0], (s.fields ?? {}) as Rec, `podFields.${ds}`, out);
    }
  }
  if (ex.revisions) {
    for (const [ds, list] of Object.entries(ex.revisions as Rec)) {
      const uid = sim.getDaemonSet(ds)?.metadata?.uid;
      const revs = sim.controllerRevisions().filter((r) => uid !== undefined && controllerRef(r)?.uid === uid).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
      const want = (list as Rec[]) ?? [];
      const ok = revs.length === want.length && want.every((w, i) => revs[i].revision === w.revision
        && (w.template === undefined || revs[i].metadata?.labels?.[hashLabel] === ctx.templates.get(String(w.template))));
      if (!ok) out.push({ key: `revisions.${ds}`, expected: want, observed: revs.map((r) => ({ revision: r.revision, hash: r.metadata?.labels?.[hashLabel] })) });
    }
  }
  if (ex.revisionFields) {
    for (const [ds, spec] of Object.entries(ex.revisionFields as Rec)) {
      const s = spec as Rec;
      const uid = sim.getDaemonSet(ds)?.metadata?.uid;
      const rev = sim.controllerRevisions().find((r) => controllerRef(r)?.uid === uid && r.revision === s.revision);
      if (!rev) out.push({ key: `revisionFields.${ds}`, expected: `revision ${String(s.revision)}`, observed: 'not found' });
      else checkFields(ctx, rev, (s.fields ?? {}) as Rec, `revisionFields.${ds}`, out);
    }
  }
  for (const ds of (ex.notFound as string[] | undefined) ?? []) {
    if (sim.getDaemonSet(ds)) out.push({ key: `notFound.${ds}`, expected: 'absent', observed: 'exists' });
  }
  if (ex.podCount) {
    const total = sim.pods().length;
    if (total !== (ex.podCount as Rec).total) out.push({ key: 'podCount.total', expected: (ex.podCount as Rec).total, observed: total });
  }
  if (ex.revisionCount) {
    const rc = ex.revisionCount as Rec;
    const revs = sim.controllerRevisions();
    if (rc.total !== undefined && revs.length !== rc.total) out.push({ key: 'revisionCount.total', expected: rc.total, observed: revs.length });
    const orphaned = revs.filter((r) => !controllerRef(r)).length;
    if (rc.orphaned !== undefined && orphaned !== rc.orphaned) out.push({ key: 'revisionCount.orphaned', expected: rc.orphaned, observed: orphaned });
  }
  if (ex.orphanPods) checkOrphanPods(ctx, ex.orphanPods as Rec[], out);
  if (ex.podNames) checkPodNames(ctx, ex.podNames as Rec, out);
  if (ex.podsMatchSnapshot) checkSnapshot(ctx, ex.podsMatchSnapshot as Rec, true, out);
  if (ex.podsDifferFromSnapshot) checkSnapshot(ctx, ex.podsDifferFromSnapshot as Rec, false, out);
  if (ex.events) {
    for (const [ds, list] of Object.entries(ex.events as Rec)) {
      const evs = sim.events().filter((e) => e.involvedObject.kind === 'DaemonSet' && e.involvedObject.name === ds);
      for (const w of (list as Rec[]) ?? []) {
        const n = evs.filter((e) => (w.type === undefined || e.type === w.type) && e.reason === w.reason).length;
        if (w.count !== undefined ? n !== w.count : n === 0) out.push({ key: `events.${ds}.${String(w.reason)}`, expected: w.count ?? 'at least 1', observed: n });
      }
    }
  }
  if (ex.schedulingFailures) checkSchedulingFailures(ctx, ex.schedulingFailures as Rec[], out);
  if (ex.kubectl) checkKubectl(ctx, ex.kubectl as Rec, out);
  return out;
}
