/**
 * A small in-memory stand-in for the Simulation interface: a store whose objects (including status) the tests
 * set directly, so printer tests do not depend on the controller. Mutations are recorded in `calls`.
 */
import type { ApplyResult, BarePodInput, Cascade, NodeInput, NodePlacement, SimEvent, Simulation } from '../../../src/core/sim/api';
import type { ControllerRevision, DaemonSet, Event, Node, Pod, Taint, ConditionStatus } from '../../../src/core/model/types';
import { toTimestamp } from '../../../src/core/sim/clock';

export interface FakeSim extends Simulation {
  t: number;
  calls: string[];
  nodeList: Node[];
  podList: Pod[];
  dsList: DaemonSet[];
  revList: ControllerRevision[];
  eventList: SimEvent[];
  applyResult?: ApplyResult;
  undoResult?: { ok: boolean; message: string };
}

export function makeNode(name: string, opts: { labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean; ready?: ConditionStatus | 'none'; created?: number } = {}): Node {
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(opts.labels ?? {}) }, creationTimestamp: toTimestamp(opts.created ?? 0) },
    spec: { ...(opts.taints ? { taints: opts.taints } : {}), ...(opts.unschedulable ? { unschedulable: true } : {}) },
    status: {
      conditions: opts.ready === 'none' ? [] : [{ type: 'Ready', status: opts.ready ?? 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: toTimestamp(0), lastTransitionTime: toTimestamp(0) }],
      allocatable: { cpu: '4', memory: '8Gi', pods: '110' },
      capacity: { cpu: '4', memory: '8Gi', pods: '110' },
    },
  };
}

export function makeDaemonSet(name: string, opts: { image?: string; created?: number; status?: Partial<NonNullable<DaemonSet['status']>>; nodeSelector?: Record<string, string>; strategy?: 'RollingUpdate' | 'OnDelete'; generation?: number } = {}): DaemonSet {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, generation: opts.generation ?? 1, creationTimestamp: toTimestamp(opts.created ?? 0), annotations: { 'deprecated.daemonset.template.generation': String(opts.generation ?? 1) } },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: opts.image ?? `${name}:1.0` }], ...(opts.nodeSelector ? { nodeSelector: opts.nodeSelector } : {}) } },
      updateStrategy: opts.strategy === 'OnDelete' ? { type: 'OnDelete' } : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      revisionHistoryLimit: 10,
    },
    status: { desiredNumberScheduled: 0, currentNumberScheduled: 0, numberReady: 0, numberMisscheduled: 0, updatedNumberScheduled: 0, numberAvailable: 0, observedGeneration: opts.generation ?? 1, ...(opts.status ?? {}) },
  };
}

export function makePod(name: string, opts: { ds?: string; node?: string; phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed'; ready?: boolean; created?: number; deleting?: boolean; labels?: Record<string, string> } = {}): Pod {
  const phase = opts.phase ?? 'Running';
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', creationTimestamp: toTimestamp(opts.created ?? 0),
      labels: opts.labels ?? (opts.ds ? { app: opts.ds, 'controller-revision-hash': '5d8f9c7b6', 'pod-template-generation': '1' } : {}),
      ...(opts.ds ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: opts.ds, uid: `uid-${opts.ds}`, controller: true, blockOwnerDeletion: true }] } : {}),
      ...(opts.deleting ? { deletionTimestamp: toTimestamp(0), deletionGracePeriodSeconds: 30 } : {}),
    },
    spec: { containers: [{ name: opts.ds ?? 'app', image: 'img:1' }], ...(opts.node ? { nodeName: opts.node } : {}), serviceAccountName: 'default' },
    status: { phase, conditions: [{ type: 'Ready', status: opts.ready === false || phase !== 'Running' ? 'False' : 'True' }] },
  };
}

export function createFakeSim(): FakeSim {
  const sim: FakeSim = {
    namespace: 'default', t: 0, calls: [], nodeList: [], podList: [], dsList: [], revList: [], eventList: [],
    now: () => sim.t,
    apply(manifest: unknown): ApplyResult {
      sim.calls.push(`apply ${JSON.stringify(manifest)}`);
      if (sim.applyResult) return sim.applyResult;
      const m = manifest as DaemonSet;
      const name = m.metadata?.name ?? '';
      const i = sim.dsList.findIndex((d) => d.metadata?.name === name);
      if (i < 0) {
        sim.dsList.push({ ...m, metadata: { namespace: 'default', uid: `uid-${name}`, generation: 1, creationTimestamp: toTimestamp(sim.t), ...m.metadata }, status: { desiredNumberScheduled: 0, currentNumberScheduled: 0, numberReady: 0, numberMisscheduled: 0 } });
        return { accepted: true, action: 'created', name, errors: [] };
      }
      const old = sim.dsList[i];
      const same = JSON.stringify(old.spec) === JSON.stringify(m.spec) && JSON.stringify(old.metadata?.labels) === JSON.stringify(m.metadata?.labels)
        && JSON.stringify(old.metadata?.annotations) === JSON.stringify(m.metadata?.annotations);
      sim.dsList[i] = { ...old, ...m, metadata: { ...old.metadata, ...m.metadata }, status: old.status };
      return { accepted: true, action: same ? 'unchanged' : 'configured', name, errors: [] };
    },
    deleteDaemonSet(name: string, cascade: Cascade) {
      sim.calls.push(`deleteDaemonSet ${name} ${cascade}`);
      sim.dsList = sim.dsList.filter((d) => d.metadata?.name !== name);
      return { ok: true, message: `daemonset.apps "${name}" deleted` };
    },
    addNode(n: NodeInput) { sim.calls.push(`addNode ${JSON.stringify(n)}`); sim.nodeList.push(makeNode(n.name, { labels: n.labels, taints: n.taints, unschedulable: n.unschedulable, created: sim.t })); },
    removeNode(name: string) { sim.calls.push(`removeNode ${name}`); sim.nodeList = sim.nodeList.filter((n) => n.metadata?.name !== name); },
    labelNode(name: string, set: Record<string, string>, remove: string[] = []) {
      sim.calls.push(`labelNode ${name} ${JSON.stringify(set)} ${JSON.stringify(remove)}`);
      const n = sim.nodeList.find((x) => x.metadata?.name === name) as Node;
      const labels = { ...(n.metadata?.labels ?? {}), ...set };
      for (const k of remove) delete labels[k];
      n.metadata = { ...n.metadata, labels };
    },
    taintNode(name: string, add: Taint[], remove: { key: string; effect?: string }[] = []) {
      sim.calls.push(`taintNode ${name} ${JSON.stringify(add)} ${JSON.stringify(remove)}`);
      const n = sim.nodeList.find((x) => x.metadata?.name === name) as Node;
      const kept = (n.spec?.taints ?? []).filter((t) => !remove.some((r) => r.key === t.key && (!r.effect || r.effect === t.effect)));
      n.spec = { ...n.spec, taints: [...add, ...kept.filter((t) => !add.some((a) => a.key === t.key && a.effect === t.effect))] };
    },
    cordon(name: string) { sim.calls.push(`cordon ${name}`); const n = sim.nodeList.find((x) => x.metadata?.name === name) as Node; n.spec = { ...n.spec, unschedulable: true }; },
    uncordon(name: string) { sim.calls.push(`uncordon ${name}`); const n = sim.nodeList.find((x) => x.metadata?.name === name) as Node; n.spec = { ...n.spec, unschedulable: false }; },
    setNodeReady(name: string, status: ConditionStatus) { sim.calls.push(`setNodeReady ${name} ${status}`); },
    deletePod(name: string) { sim.calls.push(`deletePod ${name}`); sim.podList = sim.podList.filter((p) => p.metadata?.name !== name); },
    createPod(p: BarePodInput) { sim.calls.push(`createPod ${p.name}`); sim.podList.push(makePod(p.name, { node: p.node })); },
    markReady() { /* not used */ },
    setPodPhase() { /* not used */ },
    relabelPod(name: string, set: Record<string, string>) {
      sim.calls.push(`relabelPod ${name} ${JSON.stringify(set)}`);
      const p = sim.podList.find((x) => x.metadata?.name === name) as Pod;
      p.metadata = { ...p.metadata, labels: { ...(p.metadata?.labels ?? {}), ...set } };
    },
    rolloutUndo(ds: string, toRevision?: number) { sim.calls.push(`rolloutUndo ${ds} ${toRevision}`); return sim.undoResult ?? { ok: true, message: `daemonset.apps/${ds} rolled back` }; },
    settle() { sim.calls.push('settle'); },
    advance(s: number) { sim.t += s; },
    nextTimerAt: () => undefined,
    nodes: () => sim.nodeList,
    pods: () => sim.podList,
    podsUnordered: () => [...sim.podList],
    nodesVersion: () => sim.calls.length,
    daemonSets: () => sim.dsList,
    getDaemonSet: (name: string) => sim.dsList.find((d) => d.metadata?.name === name),
    controllerRevisions: () => sim.revList,
    events: () => sim.eventList,
    eventObjects: (): Event[] => [],
    placement: (): NodePlacement[] => [],
    onDidChange: () => () => undefined,
  };
  return sim;
}
