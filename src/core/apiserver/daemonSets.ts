/**
 * The API server's DaemonSet storage: create/update with defaults (R1, R2), validation, server-set fields
 * (R3, R4, registry strategy PrepareForCreate/PrepareForUpdate), delete with cascade (R80) and the
 * `kubectl rollout undo` rollbacker (R74).
 */
import { w } from '../cluster/store';
import type { ControllerRevision, DaemonSet } from '../model/types';
import type { ApplyResult, Cascade } from '../sim/api';
import type { SimContext } from '../sim/context';
import type { FieldError } from '../validation/fieldError';
import { formatInvalidObject } from '../validation/fieldError';
import { validateDaemonSet, validateDaemonSetUpdate } from '../validation/validateDaemonSet';
import { canonicalJson } from '../controller/hash';
import { controllerRef, templateGenerationAnnotation } from '../controller/podUtil';
import { setDefaultsDaemonSet } from './defaults';

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

function reject(name: string, errors: FieldError[]): ApplyResult {
  return { accepted: false, name, errors, message: formatInvalidObject('DaemonSet', name, errors) };
}

/** Create or replace a DaemonSet from a parsed manifest. */
export function applyDaemonSet(ctx: SimContext, manifest: unknown): ApplyResult {
  const { store } = ctx;
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    const errors: FieldError[] = [{ field: '<root>', type: 'Invalid', detail: 'object expected' }];
    return { accepted: false, errors, message: 'error: the manifest is not an object' };
  }
  const ds = clone(manifest) as DaemonSet;
  if (ds.kind !== undefined && ds.kind !== 'DaemonSet') {
    const errors: FieldError[] = [{ field: 'kind', type: 'NotSupported', detail: 'supported values: "DaemonSet"', badValue: ds.kind }];
    return { accepted: false, errors, message: `error: the simulated cluster only accepts kind DaemonSet, not ${String(ds.kind)}` };
  }
  ds.apiVersion = ds.apiVersion ?? 'apps/v1';
  ds.kind = 'DaemonSet';
  ds.metadata = ds.metadata ?? {};
  const name = typeof ds.metadata.name === 'string' ? ds.metadata.name : '';
  ds.metadata.namespace = store.namespace;
  setDefaultsDaemonSet(ds);
  const old = store.daemonSets.get(name);
  if (!old) {
    const errors = validateDaemonSet(ds);
    if (errors.length) return reject(name, errors);
    const m = w(ds.metadata);
    m.uid = store.newUid();
    m.creationTimestamp = store.timestamp();
    m.generation = 1;
    m.resourceVersion = String(store.version + 1);
    ds.metadata.annotations = { ...(ds.metadata.annotations ?? {}), [templateGenerationAnnotation]: '1' };
    delete m.deletionTimestamp;
    w(ds).status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
    store.daemonSets.set(name, ds);
    store.dsCreated.set(name, store.now());
    store.touch();
    return { accepted: true, action: 'created', name, errors: [] };
  }
  const errors = [...validateDaemonSetUpdate(ds, old)];
  if (canonicalJson(ds.spec?.selector) !== canonicalJson(old.spec?.selector)
    && !errors.some((e) => e.field === 'spec.selector' && e.detail.includes('immutable'))) {
    errors.push({ field: 'spec.selector', type: 'Invalid', detail: 'field is immutable', badValue: ds.spec?.selector });
  }
  if (errors.length) return reject(name, errors);
  return { ...updateDaemonSet(ctx, old, ds), name, errors: [] };
}

/** PrepareForUpdate: keep identity and status; bump templateGeneration/generation (R4). */
export function updateDaemonSet(ctx: SimContext, old: DaemonSet, ds: DaemonSet): { accepted: true; action: 'configured' | 'unchanged' } {
  const { store } = ctx;
  const oldGen = Number(old.metadata?.annotations?.[templateGenerationAnnotation] ?? '1');
  const templateChanged = canonicalJson(ds.spec?.template) !== canonicalJson(old.spec?.template);
  const specChanged = canonicalJson(ds.spec) !== canonicalJson(old.spec);
  const templateGeneration = templateChanged ? oldGen + 1 : oldGen;
  const meta = ds.metadata ?? {};
  ds.metadata = {
    ...meta,
    uid: old.metadata?.uid,
    creationTimestamp: old.metadata?.creationTimestamp,
    generation: (old.metadata?.generation ?? 1) + (specChanged ? 1 : 0),
    annotations: { ...(meta.annotations ?? {}), [templateGenerationAnnotation]: String(templateGeneration) },
    namespace: store.namespace,
  };
  if (old.metadata?.deletionTimestamp) w(ds.metadata).deletionTimestamp = old.metadata.deletionTimestamp;
  if (old.metadata?.finalizers) ds.metadata.finalizers = old.metadata.finalizers;
  const metaChanged = canonicalJson({ l: ds.metadata.labels, a: ds.metadata.annotations }) !== canonicalJson({ l: old.metadata?.labels, a: old.metadata?.annotations });
  w(ds).status = old.status;
  if (!specChanged && !metaChanged) return { accepted: true, action: 'unchanged' };
  w(ds.metadata).resourceVersion = String(store.version + 1);
  store.daemonSets.set(ds.metadata.name ?? '', ds);
  store.touch();
  return { accepted: true, action: 'configured' };
}

/** kubectl delete daemonset with --cascade (R80). */
export function deleteDaemonSet(ctx: SimContext, name: string, cascade: Cascade): { ok: boolean; message: string } {
  const { store } = ctx;
  const ds = store.daemonSets.get(name);
  if (!ds) return { ok: false, message: `Error from server (NotFound): daemonsets.apps "${name}" not found` };
  const uid = ds.metadata?.uid;
  if (cascade === 'foreground') {
    ds.metadata = { ...ds.metadata, deletionTimestamp: ds.metadata?.deletionTimestamp ?? store.timestamp(), finalizers: ['foregroundDeletion'] };
  } else {
    if (cascade === 'orphan') {
      for (const o of [...store.pods.values(), ...store.revisions.values()]) {
        const refs = o.metadata?.ownerReferences;
        if (refs?.some((r) => r.uid === uid)) o.metadata!.ownerReferences = refs.filter((r) => r.uid !== uid);
      }
      store.ownershipChanged();
    }
    store.daemonSets.delete(name);
  }
  store.touch();
  return { ok: true, message: `daemonset.apps "${name}" deleted` };
}

function revisionTemplate(r: ControllerRevision): unknown {
  const t = { ...((r.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) };
  delete t.$patch;
  return t;
}

/** DaemonSetRollbacker.Rollback (R74). */
export function rolloutUndo(ctx: SimContext, name: string, toRevision?: number): { ok: boolean; message: string } {
  const { store } = ctx;
  const ds = store.daemonSets.get(name);
  if (!ds) return { ok: false, message: `Error from server (NotFound): daemonsets.apps "${name}" not found` };
  const history = [...store.revisions.values()]
    .filter((r) => controllerRef(r)?.uid === ds.metadata?.uid)
    .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  let target: ControllerRevision | undefined;
  if (toRevision) {
    target = history.find((r) => r.revision === toRevision);
    if (!target) return { ok: false, message: `unable to find specified revision ${toRevision} in history` };
  } else {
    if (history.length < 2) return { ok: false, message: 'no last revision to roll back to' };
    target = history[history.length - 2];
  }
  const tpl = revisionTemplate(target);
  if (canonicalJson(tpl) === canonicalJson(ds.spec?.template)) {
    return { ok: true, message: `daemonset.apps/${name} skipped rollback (current template already matches revision ${target.revision})` };
  }
  const next = clone(ds);
  next.spec = { ...next.spec!, template: clone(tpl) as NonNullable<DaemonSet['spec']>['template'] };
  setDefaultsDaemonSet(next);
  updateDaemonSet(ctx, ds, next);
  return { ok: true, message: `daemonset.apps/${name} rolled back` };
}
