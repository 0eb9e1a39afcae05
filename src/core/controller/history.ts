/** ControllerRevision history after pkg/controller/daemon/update.go: constructHistory, snapshot, dedup, cleanupHistory (R70–R73). */
import { w } from '../cluster/store';
import type { ControllerRevision, DaemonSet } from '../model/types';
import type { SimContext } from '../sim/context';
import { selectorMatches } from '../cluster/labels';
import { canonicalJson, computeHash } from './hash';
import { controllerRef, hashLabel } from './podUtil';
import { getDaemonPods, getNodesToDaemonPods } from './daemonController';

/** getPatch: `{"spec":{"template":{...,"$patch":"replace"}}}` as canonical JSON. */
export function getPatch(ds: DaemonSet): string {
  return canonicalJson({ spec: { template: { ...(ds.spec?.template ?? {}), $patch: 'replace' } } });
}

function revisionData(r: ControllerRevision): string {
  return canonicalJson(r.data ?? null);
}

/** controlledHistories: revisions owned by the DS, adopting matching orphans and releasing non-matching ones. */
export function controlledHistories(ctx: SimContext, ds: DaemonSet): ControllerRevision[] {
  const { store } = ctx;
  const uid = ds.metadata?.uid;
  const out: ControllerRevision[] = [];
  for (const r of store.revisions.values()) {
    const ref = controllerRef(r);
    const match = selectorMatches(ds.spec?.selector, r.metadata?.labels);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (match) { out.push(r); continue; }
      r.metadata!.ownerReferences = (r.metadata?.ownerReferences ?? []).filter((o) => o.uid !== uid);
      store.touch();
      continue;
    }
    if (!match || ds.metadata?.deletionTimestamp) continue;
    r.metadata = r.metadata ?? {};
    r.metadata.ownerReferences = [...(r.metadata.ownerReferences ?? []), {
      apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata?.name ?? '', uid: uid ?? '', controller: true, blockOwnerDeletion: true,
    }];
    store.touch();
    out.push(r);
  }
  return out;
}

function snapshot(ctx: SimContext, ds: DaemonSet, revision: number): ControllerRevision {
  const { store } = ctx;
  for (;;) {
    const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
    const name = `${ds.metadata?.name}-${hash}`;
    const existing = store.revisions.get(name);
    if (existing) {
      const ref = controllerRef(existing);
      if (ref?.uid === ds.metadata?.uid && revisionData(existing) === getPatch(ds)) return existing;
      w(ds).status = { ...(ds.status ?? {}), collisionCount: (ds.status?.collisionCount ?? 0) + 1 } as DaemonSet['status'];
      store.touch();
      continue;
    }
    const r: ControllerRevision = {
      apiVersion: 'apps/v1', kind: 'ControllerRevision',
      metadata: {
        name, namespace: store.namespace, uid: store.newUid(), creationTimestamp: store.timestamp(),
        labels: { ...(ds.spec?.template?.metadata?.labels ?? {}), [hashLabel]: hash },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata?.name ?? '', uid: ds.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      data: JSON.parse(getPatch(ds)),
      revision,
    };
    if (ds.metadata?.annotations) r.metadata!.annotations = { ...ds.metadata.annotations };
    store.revisions.set(name, r);
    store.touch();
    return r;
  }
}

/** constructHistory (R71, R72): the current revision (created, renumbered or deduplicated) and the old ones. */
export function constructHistory(ctx: SimContext, ds: DaemonSet): { current: ControllerRevision; old: ControllerRevision[] } {
  const { store } = ctx;
  const histories = controlledHistories(ctx, ds);
  const patch = getPatch(ds);
  const cur: ControllerRevision[] = [];
  const old: ControllerRevision[] = [];
  for (const h of histories) (revisionData(h) === patch ? cur : old).push(h);
  const currRevision = old.reduce((m, h) => Math.max(m, h.revision ?? 0), 0) + 1;
  let current: ControllerRevision;
  if (cur.length === 0) {
    current = snapshot(ctx, ds, currRevision);
  } else {
    cur.sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
    current = cur[0];
    const keepHash = current.metadata?.labels?.[hashLabel];
    if (cur.length > 1) {
      for (const p of getDaemonPods(ctx, ds)) {
        if (keepHash && p.metadata?.labels?.[hashLabel] !== keepHash) {
          p.metadata!.labels = { ...(p.metadata?.labels ?? {}), [hashLabel]: keepHash };
          store.podSetChanged('other');
          store.touch();
        }
      }
      for (const h of cur.slice(1)) { store.revisions.delete(h.metadata?.name ?? ''); store.touch(); }
    }
    if ((current.revision ?? 0) < currRevision) {
      current.revision = currRevision;
      store.touch();
    }
  }
  return { current, old };
}

/** cleanupHistory (R73): prune old revisions beyond revisionHistoryLimit, never one a live pod still carries. */
export function cleanupHistory(ctx: SimContext, ds: DaemonSet, old: ControllerRevision[]): void {
  const limit = ds.spec?.revisionHistoryLimit ?? 10;
  let toKill = old.length - limit;
  if (toKill <= 0) return;
  const live = new Set<string>();
  for (const pods of getNodesToDaemonPods(ctx, ds, true).values()) {
    for (const p of pods) {
      const h = p.metadata?.labels?.[hashLabel];
      if (h) live.add(h);
    }
  }
  for (const h of [...old].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0))) {
    if (toKill <= 0) break;
    const hash = h.metadata?.labels?.[hashLabel];
    if (hash && live.has(hash)) continue;
    ctx.store.revisions.delete(h.metadata?.name ?? '');
    ctx.store.touch();
    toKill--;
  }
}
