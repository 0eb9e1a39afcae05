/** syncNodes: create daemon pods for nodes and delete pods, at most burstReplicas of each per sync (R37). */
import type { Affinity, DaemonSet, Pod, PodSpec } from '../model/types';
import type { SimContext } from '../sim/context';
import { addDaemonPodTolerations } from './eligibility';
import { generationLabel, hashLabel, podQosClass, templateGeneration } from './podUtil';

/** The controller's burstReplicas: creates and deletes per sync. */
export const burstReplicas = 250;
const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** The API server's generateName: base truncated to 58 characters plus 5 random characters (R37). */
export function generatePodName(ctx: SimContext, base: string): string {
  const prefix = base.length > 58 ? base.slice(0, 58) : base;
  for (;;) {
    let s = '';
    for (let i = 0; i < 5; i++) s += nameAlphabet[ctx.rng.int(nameAlphabet.length)];
    const name = prefix + s;
    if (!ctx.store.pods.has(name)) return name;
  }
}

/**
 * util.ReplaceDaemonSetPodNodeNameNodeAffinity: the required terms become one metadata.name matchFields term. The
 * rest of the affinity is shared with the template's (frozen, see templatePodSpec), not copied.
 */
export function replaceDaemonSetPodNodeNameNodeAffinity(affinity: Affinity | undefined, nodeName: string): Affinity {
  const term = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  return { ...(affinity ?? {}), nodeAffinity: { ...(affinity?.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [term] } } };
}

/**
 * Tests freeze the shared template specs (see templatePodSpec), so that any code changing a pod's containers in
 * place fails loudly there; the product does not, as frozen objects are slower for V8 to copy and read.
 */
let freezeSharedSpecs = false;
export function freezeSharedPodSpecs(on: boolean): void {
  freezeSharedSpecs = on;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/**
 * The pod spec of a DaemonSet's template with the daemon tolerations and pod defaulting, per template. Its parts
 * are shared by every pod made from it, never copied: a pod's spec gets new top-level fields (nodeName at
 * binding, the node affinity) by replacement, and nothing changes a pod's containers in place. Kept for the
 * DaemonSet object, generation and revision hash it was made for.
 */
const podSpecCache = new WeakMap<SimContext, { ds: DaemonSet; generation: number | undefined; hash: string; template: PodTemplate }>();

/** What every pod of one template starts from: the spec (an affinity key included, to be set per node) and labels. */
interface PodTemplate {
  spec: PodSpec;
  /** The template's own node affinity, which each pod's replaces (ReplaceDaemonSetPodNodeNameNodeAffinity). */
  affinity: Affinity | undefined;
  /** Shared by the template's pods: a pod's labels are replaced, never changed in place (relabel, adoption). */
  labels: Record<string, string>;
  /** `<ds name>-`, the pods' generateName. */
  generateName: string;
}

function templatePodSpec(ctx: SimContext, ds: DaemonSet, hash: string): PodTemplate {
  const cached = podSpecCache.get(ctx);
  if (cached && cached.ds === ds && cached.generation === ds.metadata?.generation && cached.hash === hash) return cached.template;
  const spec = JSON.parse(JSON.stringify(ds.spec?.template?.spec ?? { containers: [] }));
  spec.tolerations = addDaemonPodTolerations(spec);
  // Pod-only defaulting (SetDefaults_Pod): requests default from limits, enableServiceLinks, and with
  // hostNetwork hostPort defaults to containerPort (R2).
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    if (c.resources?.limits) c.resources.requests = { ...c.resources.limits, ...(c.resources.requests ?? {}) };
    if (spec.hostNetwork) for (const port of c.ports ?? []) if (!port.hostPort) port.hostPort = port.containerPort;
  }
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  const affinity = spec.affinity;
  spec.affinity = undefined;
  // The key the scheduler sets at binding, present from the start (unset, which JSON and the printers omit): V8
  // writes a key an object already has much faster than it adds one to a copy.
  if (!('nodeName' in spec)) spec.nodeName = undefined;
  const labels: Record<string, string> = { ...(ds.spec?.template?.metadata?.labels ?? {}) };
  const gen = templateGeneration(ds);
  if (gen !== undefined) labels[generationLabel] = gen;
  labels[hashLabel] = hash;
  // Each pod gets its own copy of the spec's top level; what lies below, and the labels, are shared (frozen under
  // tests).
  if (freezeSharedSpecs) {
    for (const v of Object.values(spec)) deepFreeze(v);
    deepFreeze(labels);
  }
  const template = { spec, affinity, labels, generateName: `${ds.metadata?.name ?? ''}-` };
  podSpecCache.set(ctx, { ds, generation: ds.metadata?.generation, hash, template });
  return template;
}

/**
 * The node affinity of a daemon pod for one node, per template affinity object: every pod for that node made from
 * templates with the same affinity (every DaemonSet without one, for instance) shares it, frozen under tests like
 * the template spec (nothing changes a pod's affinity in place).
 */
const affinityCache = new WeakMap<object, Map<string, Affinity>>();
const noAffinity = {};

function daemonPodAffinity(affinity: Affinity | undefined, nodeName: string): Affinity {
  let perNode = affinityCache.get(affinity ?? noAffinity);
  if (!perNode) affinityCache.set(affinity ?? noAffinity, (perNode = new Map()));
  let a = perNode.get(nodeName);
  if (!a) {
    a = replaceDaemonSetPodNodeNameNodeAffinity(affinity, nodeName);
    if (freezeSharedSpecs) deepFreeze(a);
    perNode.set(nodeName, a);
  }
  return a;
}

/** The controller ownerReferences of a DaemonSet's pods, shared by them (replaced, never changed in place). */
const ownerRefsCache = new WeakMap<DaemonSet, NonNullable<NonNullable<Pod['metadata']>['ownerReferences']>>();

function daemonPodOwnerRefs(ds: DaemonSet): NonNullable<NonNullable<Pod['metadata']>['ownerReferences']> {
  let refs = ownerRefsCache.get(ds);
  if (!refs || refs[0].name !== ds.metadata?.name || refs[0].uid !== ds.metadata?.uid) {
    refs = [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata?.name ?? '', uid: ds.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true }];
    if (freezeSharedSpecs) deepFreeze(refs);
    ownerRefsCache.set(ds, refs);
  }
  return refs;
}

/** util.CreatePodTemplate + GetPodFromTemplate for one node. */
export function newDaemonPod(ctx: SimContext, ds: DaemonSet, hash: string, nodeName: string): Pod {
  const tpl = ds.spec?.template ?? {};
  const shared = templatePodSpec(ctx, ds, hash);
  // Copies of objects that already have every key (the node affinity is overwritten) are much cheaper for V8 than
  // copies that then grow a key.
  const spec: PodSpec = { ...shared.spec };
  spec.affinity = daemonPodAffinity(shared.affinity, nodeName);
  const name = generatePodName(ctx, shared.generateName);
  const pod: Pod = {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, generateName: shared.generateName, namespace: ctx.store.namespace, uid: ctx.store.newUid(),
      creationTimestamp: ctx.store.timestamp(), labels: shared.labels,
      ownerReferences: daemonPodOwnerRefs(ds),
    },
    spec,
    status: { phase: 'Pending', qosClass: podQosClass(spec) },
  };
  if (tpl.metadata?.annotations && Object.keys(tpl.metadata.annotations).length) pod.metadata!.annotations = { ...tpl.metadata.annotations };
  return pod;
}

/**
 * Returns how many creates and deletes were issued (the expectations the real controller would wait for).
 * `burstLimited` is set when burstReplicas cut the work short: the controller requeues at once (R37).
 */
export function syncNodes(ctx: SimContext, ds: DaemonSet, podsToDelete: string[], nodesNeedingDaemonPods: string[], hash: string, burstLimited?: { value: boolean }): number {
  if (burstLimited && (nodesNeedingDaemonPods.length > burstReplicas || new Set(podsToDelete).size > burstReplicas)) burstLimited.value = true;
  const { store } = ctx;
  const dsName = ds.metadata?.name ?? '';
  let issued = 0;
  for (const nodeName of nodesNeedingDaemonPods.slice(0, burstReplicas)) {
    issued++;
    const pod = newDaemonPod(ctx, ds, hash, nodeName);
    const name = pod.metadata?.name ?? '';
    store.putPod(pod);
    store.times(name).everOwned = true;
    store.record('DaemonSet', dsName, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'daemonset-controller');
  }
  for (const name of [...new Set(podsToDelete)].slice(0, burstReplicas)) {
    if (!store.pods.has(name)) continue;
    issued++;
    ctx.deletePod(name);
    store.record('DaemonSet', dsName, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`, 'daemonset-controller');
  }
  return issued;
}
