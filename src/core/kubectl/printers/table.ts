/** Table rows of `kubectl get` for each resource type, as printers.go builds them (printDaemonSet, printPod, printNode, printControllerRevision, printEvent). */
import type { Simulation } from '../../sim/api';
import type { ControllerRevision, DaemonSet, Event, Node, Pod } from '../../model/types';
import { formatLabelSelector, formatLabels, byteCompare } from '../labels';
import { ageOf, controllerOf, resolveType, type KObject, type ResourceType } from '../resources';
import { podCells } from './podStatus';

/** Kubelet version shown for nodes that do not report one (the virtual cluster is Kubernetes 1.34). */
export const DEFAULT_KUBELET_VERSION = 'v1.34.0';

export function headers(type: ResourceType, wide: boolean): string[] {
  switch (type) {
    case 'daemonsets':
      return ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])];
    case 'pods':
      return ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])];
    case 'nodes':
      return ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])];
    case 'controllerrevisions':
      return ['NAME', 'CONTROLLER', 'REVISION', 'AGE'];
    case 'events':
      return ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];
  }
}

export function row(sim: Simulation, type: ResourceType, o: KObject, wide: boolean): string[] {
  switch (type) {
    case 'daemonsets': return daemonSetRow(sim, o as DaemonSet, wide);
    case 'pods': return podRow(sim, o as Pod, wide);
    case 'nodes': return nodeRow(sim, o as Node, wide);
    case 'controllerrevisions': return revisionRow(sim, o as ControllerRevision);
    case 'events': return eventRow(sim, o as Event);
  }
}

export function daemonSetRow(sim: Simulation, ds: DaemonSet, wide: boolean): string[] {
  const st = ds.status;
  const cells = [
    ds.metadata?.name ?? '',
    String(st?.desiredNumberScheduled ?? 0),
    String(st?.currentNumberScheduled ?? 0),
    String(st?.numberReady ?? 0),
    String(st?.updatedNumberScheduled ?? 0),
    String(st?.numberAvailable ?? 0),
    formatLabels(ds.spec?.template?.spec?.nodeSelector),
    ageOf(sim, ds.metadata?.creationTimestamp),
  ];
  if (wide) {
    const containers = ds.spec?.template?.spec?.containers ?? [];
    cells.push(containers.map((c) => c.name).join(','), containers.map((c) => c.image ?? '').join(','), formatLabelSelector(ds.spec?.selector));
  }
  return cells;
}

function podRow(sim: Simulation, pod: Pod, wide: boolean): string[] {
  const c = podCells(pod);
  const restarts = c.restarts !== 0 && c.lastRestart ? `${c.restarts} (${ageOf(sim, c.lastRestart)} ago)` : String(c.restarts);
  const cells = [pod.metadata?.name ?? '', c.ready, c.status, restarts, ageOf(sim, pod.metadata?.creationTimestamp)];
  if (wide) {
    const gates = pod.spec?.readinessGates?.length
      ? pod.spec.readinessGates.map((g) => g.conditionType).join(',') : '<none>';
    cells.push(pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>', pod.spec?.nodeName || '<none>', pod.status?.nominatedNodeName || '<none>', gates);
  }
  return cells;
}

/** NAME STATUS: `Ready`, `NotReady` (Ready condition False or Unknown), `Unknown` (no condition), `,SchedulingDisabled`. */
export function nodeStatus(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

/** findNodeRoles: node-role.kubernetes.io/<role> keys and kubernetes.io/role values, sorted, or `<none>`. */
export function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return roles.size ? [...roles].sort(byteCompare).join(',') : '<none>';
}

function nodeRow(sim: Simulation, node: Node, wide: boolean): string[] {
  const cells = [node.metadata?.name ?? '', nodeStatus(node), nodeRoles(node), ageOf(sim, node.metadata?.creationTimestamp), node.status?.nodeInfo?.kubeletVersion || DEFAULT_KUBELET_VERSION];
  if (wide) {
    const addr = (t: string) => node.status?.addresses?.find((a) => a.type === t)?.address ?? '<none>';
    const info = node.status?.nodeInfo;
    cells.push(addr('InternalIP'), addr('ExternalIP'), info?.osImage || '<unknown>', info?.kernelVersion || '<unknown>', info?.containerRuntimeVersion || '<unknown>');
  }
  return cells;
}

function revisionRow(sim: Simulation, cr: ControllerRevision): string[] {
  const ref = controllerOf(cr);
  let controller = '<none>';
  if (ref) {
    let kindString = ref.kind.toLowerCase();
    try { kindString = resolveType(ref.kind).kindString; } catch { /* unknown kind: lower-case kind */ }
    controller = `${kindString}/${ref.name}`;
  }
  return [cr.metadata?.name ?? '', controller, String(cr.revision), ageOf(sim, cr.metadata?.creationTimestamp)];
}

function eventRow(sim: Simulation, e: Event): string[] {
  const last = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;
  const obj = `${e.involvedObject.kind?.toLowerCase() ?? ''}/${e.involvedObject.name ?? ''}`;
  return [ageOf(sim, last), e.type ?? '', e.reason ?? '', obj, (e.message ?? '').trim()];
}
