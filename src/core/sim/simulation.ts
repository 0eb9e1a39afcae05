/**
 * createSimulation: the virtual cluster. A manual clock and a timer queue ordered by (time, seq); settle()
 * runs the DaemonSet controller, scheduler, kubelet, taint eviction, PodGC and the garbage collector until
 * the store stops changing; advance(s) fires due timers in order, settling after each instant.
 *
 * Simplifications (documented, per the spec's allowances): every DaemonSet is synced on every settle round
 * instead of through event handlers and a queue; expectations are always satisfied, except that
 * rollingUpdate waits for the next sync after manage acted (R30); PodGC removes pods of deleted nodes at
 * once (no ~40s quarantine, R39); the scheduler has no preemption (R27); pods created in the same virtual
 * second are ordered by creation order before name (R34); a DaemonSet's status counts are written once at the
 * end of a settle instead of after each of its syncs in it (nothing reads them in between; see status.ts).
 */
import { w } from '../cluster/store';
import type { ConditionStatus, ControllerRevision, DaemonSet, Event, Node, Pod, Taint } from '../model/types';
import type { ApplyResult, BarePodInput, Cascade, NodeInput, NodePlacement, SimEvent, Simulation, SimulationOptions } from './api';
import type { SimContext, BackoffEntry } from './context';
import { ClusterStore } from '../cluster/store';
import { ManualClock } from './clock';
import { createRng } from './rng';
import { syncDaemonSet, sortedNodes, daemonPodsByNode, nodesShouldRunDaemonPod } from '../controller/daemonController';
import { byName, controllerRef, isTerminal, podName, targetNodeName } from '../controller/podUtil';
import { runScheduler } from '../scheduler/scheduler';
import { runKubelet } from './kubelet';
import { flushDaemonSetStatus } from '../controller/status';
import { runGarbageCollector, runPodGC, runTaintEviction } from './controllers';
import { applyDaemonSet, deleteDaemonSet, rolloutUndo } from '../apiserver/daemonSets';
import { buildBarePod, buildNode, editTaints } from './nodeObjects';

interface Timer { at: number; seq: number; key: string; fn?: () => void }

const lifecycleTaints: Record<string, string> = { False: 'node.kubernetes.io/not-ready', Unknown: 'node.kubernetes.io/unreachable' };

class SimulationImpl implements Simulation {
  readonly namespace: string;
  readonly store: ClusterStore;
  readonly ctx: SimContext;
  private readonly clock: ManualClock;
  private timers: Timer[] = [];
  private readonly timerByKey = new Map<string, Timer>();
  private seq = 0;
  private readonly evictionSeen = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private settling = false;

  constructor(options: SimulationOptions) {
    this.namespace = options.namespace ?? 'default';
    this.clock = new ManualClock(options.startTime ?? 0);
    this.store = new ClusterStore(this.clock, this.namespace);
    const failedPodsBackoff = new Map<string, BackoffEntry>();
    this.ctx = {
      store: this.store,
      rng: createRng(options.seed ?? 1),
      modes: { readiness: options.readiness ?? 'auto', deletion: options.deletion ?? 'instant' },
      failedPodsBackoff,
      deletePod: (name, force) => this.deletePodInternal(name, force),
      wakeAt: (at, key, fn) => this.wakeAt(at, key, fn),
      cancelWake: (key) => this.removeTimer(key),
    };
  }

  now(): number { return this.clock.now(); }

  /** One timer per key, the queue kept sorted by (at, seq). */
  private wakeAt(at: number, key: string, fn?: () => void): void {
    const existing = this.timerByKey.get(key);
    if (existing && existing.at === at) return;
    if (existing) this.removeTimer(key);
    const timer: Timer = { at, seq: ++this.seq, key, fn };
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.timers[mid].at <= at) lo = mid + 1; else hi = mid;
    }
    this.timers.splice(lo, 0, timer);
    this.timerByKey.set(key, timer);
  }

  private removeTimer(key: string): void {
    const timer = this.timerByKey.get(key);
    if (!timer) return;
    this.timerByKey.delete(key);
    const i = this.timers.indexOf(timer);
    if (i >= 0) this.timers.splice(i, 1);
  }

  private nextDueTimer(): Timer {
    const t = this.timers.shift() as Timer;
    if (this.timerByKey.get(t.key) === t) this.timerByKey.delete(t.key);
    return t;
  }

  private deletePodInternal(name: string, force?: boolean): void {
    const { store } = this;
    const pod = store.pods.get(name);
    if (!pod) return;
    const grace = pod.spec?.terminationGracePeriodSeconds ?? 30;
    if (force || this.ctx.modes.deletion === 'instant' || !pod.spec?.nodeName || isTerminal(pod) || grace <= 0) {
      store.removePod(name);
      return;
    }
    if (pod.metadata?.deletionTimestamp) return;
    pod.metadata = { ...pod.metadata, deletionTimestamp: store.timestamp(), deletionGracePeriodSeconds: grace };
    store.times(name).deletedAt = store.now();
    store.podChanged(name);
    store.podSetChanged('marked', pod);
    store.touch();
    const uid = pod.metadata.uid;
    this.wakeAt(store.now() + grace, `terminate/${name}`, () => {
      if (store.pods.get(name)?.metadata?.uid === uid) store.removePod(name);
    });
  }

  // --- API server ---------------------------------------------------------------------------
  apply(manifest: unknown): ApplyResult { return applyDaemonSet(this.ctx, manifest); }
  deleteDaemonSet(name: string, cascade: Cascade): { ok: boolean; message: string } { return deleteDaemonSet(this.ctx, name, cascade); }
  rolloutUndo(ds: string, toRevision?: number): { ok: boolean; message: string } { return rolloutUndo(this.ctx, ds, toRevision); }

  // --- nodes ----------------------------------------------------------------------------------
  addNode(input: NodeInput): void {
    if (this.store.nodes.has(input.name)) throw new Error(`node "${input.name}" already exists`);
    this.store.nodes.set(input.name, buildNode(this.store, input));
    this.store.nodesVersion++;
    this.store.kubeletAll = true;
    for (const p of input.pods ?? []) this.createPod({ ...p, node: input.name });
    this.store.touch();
  }
  removeNode(name: string): void {
    if (this.store.nodes.delete(name)) { this.store.nodesVersion++; this.store.kubeletAll = true; this.store.touch(); }
  }
  private node(name: string): Node {
    const n = this.store.nodes.get(name);
    if (!n) throw new Error(`node "${name}" not found`);
    return n;
  }
  labelNode(name: string, set: Record<string, string>, remove: string[] = []): void {
    const n = this.node(name);
    const labels = { ...(n.metadata?.labels ?? {}) };
    for (const k of remove) delete labels[k];
    Object.assign(labels, set);
    n.metadata = { ...n.metadata, labels };
    this.store.nodesVersion++;
    this.store.touch();
  }
  taintNode(name: string, add: Taint[], remove: { key: string; effect?: string }[] = []): void {
    editTaints(this.node(name), add, remove);
    this.store.nodesVersion++;
    this.store.touch();
  }
  cordon(name: string): void {
    const n = this.node(name);
    n.spec = { ...n.spec, unschedulable: true };
    editTaints(n, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]);
    this.store.nodesVersion++;
    this.store.touch();
  }
  uncordon(name: string): void {
    const n = this.node(name);
    const spec = { ...n.spec };
    delete spec.unschedulable;
    n.spec = spec;
    editTaints(n, [], [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]);
    this.store.nodesVersion++;
    this.store.touch();
  }
  setNodeReady(name: string, status: ConditionStatus): void {
    const n = this.node(name);
    const ts = this.store.timestamp();
    const conds = (n.status?.conditions ?? []).filter((c) => c.type !== 'Ready');
    const prev = (n.status?.conditions ?? []).find((c) => c.type === 'Ready');
    conds.unshift({ type: 'Ready', status, reason: status === 'True' ? 'KubeletReady' : status === 'False' ? 'KubeletNotReady' : 'NodeStatusUnknown',
      lastHeartbeatTime: ts, lastTransitionTime: prev?.status === status ? prev.lastTransitionTime : ts });
    w(n).status = { ...n.status, conditions: conds };
    const remove = Object.values(lifecycleTaints).flatMap((key) => [{ key, effect: 'NoSchedule' }, { key, effect: 'NoExecute' }]);
    const key = lifecycleTaints[status];
    editTaints(n, key ? [{ key, effect: 'NoSchedule' }, { key, effect: 'NoExecute' }] : [], remove);
    this.store.nodesVersion++;
    this.store.kubeletAll = true;
    this.store.touch();
  }

  // --- pods -----------------------------------------------------------------------------------
  deletePod(name: string): void {
    if (!this.store.pods.has(name)) throw new Error(`pods "${name}" not found`);
    this.deletePodInternal(name);
  }
  createPod(input: BarePodInput): void {
    if (this.store.pods.has(input.name)) throw new Error(`pods "${input.name}" already exists`);
    const pod = buildBarePod(this.store, input);
    this.store.putPod(pod);
    // Bare pods are Ready by default in both readiness modes (scenario format: pods `ready` defaults to true).
    this.store.times(input.name).wantReady = input.ready !== false;
  }
  /** The DaemonSet's pods (owned, by controllerRef) targeting the given nodes. */
  daemonPods(ds: string, nodes: string[] | 'all'): Pod[] {
    const uid = this.store.daemonSets.get(ds)?.metadata?.uid;
    return [...this.store.pods.values()].filter((p) => uid !== undefined && controllerRef(p)?.uid === uid
      && (nodes === 'all' || nodes.includes(targetNodeName(p) ?? '')));
  }
  markReady(ds: string, nodes: string[] | 'all', ready: boolean): void {
    for (const p of this.daemonPods(ds, nodes)) {
      if (!p.spec?.nodeName || p.metadata?.deletionTimestamp || isTerminal(p)) continue;
      this.store.times(podName(p)).wantReady = ready;
      this.store.podChanged(podName(p));
    }
    this.store.touch();
  }
  setPodPhase(name: string, phase: 'Failed' | 'Succeeded'): void {
    const p = this.store.pods.get(name);
    if (!p) throw new Error(`pods "${name}" not found`);
    const ts = this.store.timestamp();
    w(p).status = { ...p.status, phase, conditions: (p.status?.conditions ?? []).map((c) => (c.type === 'Ready' || c.type === 'ContainersReady') && c.status === 'True' ? { ...c, status: 'False', lastTransitionTime: ts } : c) };
    this.store.times(name).readySince = undefined;
    this.store.podChanged(name);
    this.store.podSetChanged('other');
    this.store.touch();
  }
  relabelPod(name: string, set: Record<string, string>): void {
    const p = this.store.pods.get(name);
    if (!p) throw new Error(`pods "${name}" not found`);
    p.metadata = { ...p.metadata, labels: { ...(p.metadata?.labels ?? {}), ...set } };
    this.store.podSetChanged('other');
    this.store.touch();
  }

  /** Whether the pod was ever owned by a DaemonSet (created by one or adopted), for `orphanPods`. */
  podWasOwned(name: string): boolean {
    return this.store.podTimes.get(name)?.everOwned === true;
  }

  // --- time -----------------------------------------------------------------------------------
  settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      for (let i = 0; i < 10000; i++) {
        const before = this.store.podsVersion;
        const nodes = sortedNodes(this.ctx);
        // A sync cut short by burstReplicas is followed by the next one at once (large clusters, R37).
        for (const name of [...this.store.daemonSets.keys()].sort()) for (let k = 0; k < 1000 && syncDaemonSet(this.ctx, name); k++);
        runScheduler(this.ctx, nodes);
        runKubelet(this.ctx);
        runTaintEviction(this.ctx, this.evictionSeen);
        runPodGC(this.ctx);
        runGarbageCollector(this.ctx);
        // A round that wrote nothing but DaemonSet status counts (touchStatus) has settled: no component reads them.
        if (this.store.podsVersion === before) break;
      }
      flushDaemonSetStatus(this.ctx, () => sortedNodes(this.ctx));
    } finally {
      this.settling = false;
    }
    for (const l of [...this.listeners]) l();
  }
  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError(`cannot advance by ${seconds}`);
    const target = this.clock.now() + seconds;
    this.settle();
    while (this.timers.length && this.timers[0].at <= target) {
      // Every timer due at the same instant fires, then one settle (a requeue per pod at the same second is one
      // wake-up of the controller, not one full pass per pod).
      const at = this.timers[0].at;
      if (at > this.clock.now()) this.clock.set(at);
      while (this.timers.length && this.timers[0].at === at) this.nextDueTimer().fn?.();
      this.settle();
    }
    this.clock.set(target);
    this.settle();
  }
  nextTimerAt(): number | undefined {
    return this.timers.find((t) => t.at > this.clock.now())?.at ?? this.timers[0]?.at;
  }

  // --- reads ----------------------------------------------------------------------------------
  nodes(): Node[] { return [...sortedNodes(this.ctx)]; }
  nodesVersion(): number { return this.store.nodesVersion; }
  pods(): Pod[] { return this.podsUnordered().sort(byName); }
  podsUnordered(): Pod[] { return [...this.store.pods.values()]; }
  daemonSets(): DaemonSet[] { return [...this.store.daemonSets.values()].sort(byName); }
  getDaemonSet(name: string): DaemonSet | undefined { return this.store.daemonSets.get(name); }
  controllerRevisions(): ControllerRevision[] { return [...this.store.revisions.values()]; }
  events(): SimEvent[] { return [...this.store.log]; }
  eventObjects(): Event[] { return [...this.store.eventObjects()]; }
  placement(name: string): NodePlacement[] {
    const ds = this.store.daemonSets.get(name);
    if (!ds) return [];
    const byNode = daemonPodsByNode(this.ctx, ds);
    const eligibility = nodesShouldRunDaemonPod(this.ctx, ds);
    return sortedNodes(this.ctx).map((node, i) => {
      const r = eligibility[i];
      const n = node.metadata?.name ?? '';
      const reasons = [...r.reasons];
      for (const p of byNode[i] ?? []) {
        const c = (p.status?.conditions ?? []).find((x) => x.type === 'PodScheduled' && x.status === 'False');
        if (!p.spec?.nodeName && c?.message) reasons.push({ kind: 'scheduling', message: c.message });
      }
      return { node: n, shouldRun: r.shouldRun, shouldContinueRunning: r.shouldContinueRunning, reasons };
    });
  }
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Creates a fresh virtual cluster (no nodes, no DaemonSets) at `startTime` (default 0). */
export function createSimulation(options: SimulationOptions = {}): Simulation & { daemonPods(ds: string, nodes: string[] | 'all'): Pod[]; podWasOwned(name: string): boolean } {
  return new SimulationImpl(options);
}
