/** Resource types the simulated kubectl knows, their aliases, and object access through the Simulation. */
import type { Simulation } from '../sim/api';
import type { ObjectMeta, OwnerReference } from '../model/types';
import { EPOCH_MS } from '../sim/clock';
import { humanDuration } from './duration';
import { KubectlError } from './parse';

export type ResourceType = 'daemonsets' | 'pods' | 'nodes' | 'controllerrevisions' | 'events';

export interface ResourceInfo {
  type: ResourceType;
  /** `daemonset.apps`, `pod`, … as the NamePrinter and delete print them. */
  kindString: string;
  /** `daemonsets.apps`, `pods`, … as NotFound errors print them. */
  groupResource: string;
  kind: string;
  apiVersion: string;
  namespaced: boolean;
  shortNames: string[];
}

export const resources: Record<ResourceType, ResourceInfo> = {
  daemonsets: { type: 'daemonsets', kindString: 'daemonset.apps', groupResource: 'daemonsets.apps', kind: 'DaemonSet', apiVersion: 'apps/v1', namespaced: true, shortNames: ['ds'] },
  pods: { type: 'pods', kindString: 'pod', groupResource: 'pods', kind: 'Pod', apiVersion: 'v1', namespaced: true, shortNames: ['po'] },
  nodes: { type: 'nodes', kindString: 'node', groupResource: 'nodes', kind: 'Node', apiVersion: 'v1', namespaced: false, shortNames: ['no'] },
  controllerrevisions: { type: 'controllerrevisions', kindString: 'controllerrevision.apps', groupResource: 'controllerrevisions.apps', kind: 'ControllerRevision', apiVersion: 'apps/v1', namespaced: true, shortNames: [] },
  events: { type: 'events', kindString: 'event', groupResource: 'events', kind: 'Event', apiVersion: 'v1', namespaced: true, shortNames: ['ev'] },
};

const aliases: Record<string, ResourceType> = {};
for (const info of Object.values(resources)) {
  const singular = info.kind.toLowerCase();
  for (const a of [info.type, singular, ...info.shortNames]) aliases[a] = info.type;
  const group = info.apiVersion.includes('/') ? info.apiVersion.split('/')[0] : '';
  if (group) {
    aliases[`${info.type}.${group}`] = info.type;
    aliases[`${singular}.${group}`] = info.type;
    aliases[`${info.type}.${info.apiVersion.replace('/', '.')}`] = info.type;
  }
}

/** All names a user may type for a resource type (for completion). */
export const resourceAliases = Object.keys(aliases);

/** Resolves `ds`, `daemonset`, `daemonsets.apps`, `Node`… or throws kubectl's error for an unknown type. */
export function resolveType(word: string): ResourceInfo {
  const t = aliases[word.toLowerCase()];
  if (!t) throw new KubectlError(`the server doesn't have a resource type "${word}"`);
  return resources[t];
}

export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

export function listObjects(sim: Simulation, type: ResourceType): KObject[] {
  switch (type) {
    case 'daemonsets': return sim.daemonSets();
    case 'pods': return sim.pods();
    case 'nodes': return sim.nodes();
    case 'controllerrevisions': return sim.controllerRevisions();
    case 'events': return sim.eventObjects();
  }
}

export function nsOf(sim: Simulation, o: KObject): string {
  return o.metadata?.namespace ?? sim.namespace;
}

/** Objects of a type in a namespace (all namespaces when `namespace` is undefined), sorted as the API server lists them. */
export function objectsIn(sim: Simulation, info: ResourceInfo, namespace: string | undefined): KObject[] {
  const items = listObjects(sim, info.type).filter((o) => !info.namespaced || namespace === undefined || nsOf(sim, o) === namespace);
  return items.sort((a, b) => {
    const ka = `${info.namespaced ? nsOf(sim, a) : ''}/${a.metadata?.name ?? ''}`;
    const kb = `${info.namespaced ? nsOf(sim, b) : ''}/${b.metadata?.name ?? ''}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

export function notFound(info: ResourceInfo, name: string): KubectlError {
  return new KubectlError(`Error from server (NotFound): ${info.groupResource} "${name}" not found`);
}

export function findObject(sim: Simulation, info: ResourceInfo, namespace: string, name: string): KObject {
  const o = objectsIn(sim, info, namespace).find((x) => x.metadata?.name === name);
  if (!o) throw notFound(info, name);
  return o;
}

/** Virtual seconds of an RFC 3339 timestamp written with toTimestamp. */
export function toVirtual(ts: string | undefined): number | undefined {
  if (!ts) return undefined;
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? undefined : (ms - EPOCH_MS) / 1000;
}

/** translateTimestampSince: `<unknown>` for a missing timestamp, else HumanDuration(now - t). */
export function ageOf(sim: Simulation, ts: string | undefined): string {
  const t = toVirtual(ts);
  if (t === undefined) return '<unknown>';
  return humanDuration(sim.now() - t);
}

export function controllerOf(o: KObject): OwnerReference | undefined {
  return o.metadata?.ownerReferences?.find((r) => r.controller);
}

/** `Kind/name` resource arguments: `ds/agent`, `daemonset.apps/agent`. */
export function splitTypeName(arg: string): { info: ResourceInfo; name: string } | undefined {
  const slash = arg.indexOf('/');
  if (slash <= 0) return undefined;
  return { info: resolveType(arg.slice(0, slash)), name: arg.slice(slash + 1) };
}

/** Parses `TYPE NAME...` or `TYPE/NAME...` arguments into (type, names). */
export function parseResourceArgs(args: string[]): { info: ResourceInfo; names: string[] }[] {
  if (args.length === 0) return [];
  if (args[0].includes('/')) {
    return args.map((a) => {
      const tn = splitTypeName(a);
      if (!tn) throw new KubectlError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      return { info: tn.info, names: [tn.name] };
    });
  }
  // the "all" category, as far as the virtual cluster has its members (pods, daemonsets)
  const types = args[0].split(',').filter((t) => t !== '').flatMap((t) => (t === 'all' ? ['pods', 'daemonsets'] : [t]));
  const names = args.slice(1);
  if (names.some((n) => n.includes('/'))) {
    throw new KubectlError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
  }
  return types.map((t) => ({ info: resolveType(t), names }));
}

/** A deep, mutable copy of an object read from the simulation (without status), for a replace-style update. */
export function cloneForUpdate<T extends object>(o: T): T {
  const copy = JSON.parse(JSON.stringify(o)) as T & { status?: unknown };
  delete copy.status;
  return copy;
}
