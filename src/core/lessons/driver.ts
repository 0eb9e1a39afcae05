/**
 * Drives a lesson's virtual cluster: starts it from the lesson's nodes, applies lesson files, runs kubectl
 * lines and scenario actions, and keeps the bookkeeping step checks need (template ids → hashes, snapshots,
 * the last apply and the last kubectl output). Used by verifyLesson and by the lesson UI.
 */
import { parse } from 'yaml';
import { runKubectl, type KubectlResult } from '../kubectl/index';
import type { ApplyResult, Cascade, NodeInput, Simulation, SimulationOptions, BarePodInput } from '../sim/api';
import type { ConditionStatus, Taint } from '../model/types';
import type { Lesson, LessonAction, LessonStep } from './lessonFormat';

export type CreateSimulation = (nodes: NodeInput[], options: SimulationOptions) => Simulation;

/** Pod names remembered by a step's `snapshot`: every pod, and per DaemonSet the live owned pods per node. */
export interface PodSnapshot {
  allPods: string[];
  byDaemonSet: Record<string, Record<string, string[]>>;
}

export interface LessonRun {
  lesson: Lesson;
  sim: Simulation;
  /** templateId → controller-revision-hash, recorded right after the apply that named it. */
  templates: Map<string, string>;
  snapshots: Map<string, PodSnapshot>;
  lastApply?: ApplyResult;
  lastKubectl?: KubectlResult;
  /** Current text of each lesson file as the learner would have it (the solution file replaces the starter). */
  fileTexts: Record<string, string>;
}

export function startLessonRun(lesson: Lesson, create: CreateSimulation, seed = 1): LessonRun {
  const sim = create(lesson.nodes, { seed, namespace: lesson.namespace, readiness: lesson.readiness, deletion: lesson.deletion, startTime: 0 });
  sim.settle();
  return { lesson, sim, templates: new Map(), snapshots: new Map(), fileTexts: { ...lesson.files } };
}

function readFile(run: LessonRun, name: string): string | undefined {
  return run.lesson.files[name.replace(/^\.\//, '')];
}

/** Applies a lesson file as `kubectl apply -f` does (create or full update), recording the template id's hash. */
export function applyFile(run: LessonRun, file: string, templateId?: string): ApplyResult {
  const text = readFile(run, file);
  if (text === undefined) throw new Error(`lesson file "${file}" not found`);
  let manifest: unknown;
  try {
    manifest = parse(text);
  } catch (e) {
    run.lastApply = { accepted: false, errors: [], message: `error parsing ${file}: ${e instanceof Error ? e.message : String(e)}` };
    return run.lastApply;
  }
  let result: ApplyResult;
  try {
    result = run.sim.apply(manifest);
  } catch (e) {
    result = { accepted: false, errors: [], message: e instanceof Error ? e.message : String(e) };
  }
  run.sim.settle();
  run.lastApply = result;
  if (templateId && result.accepted) {
    const name = result.name ?? (manifest as { metadata?: { name?: string } })?.metadata?.name;
    const hash = name ? currentHash(run.sim, name) : undefined;
    if (hash) run.templates.set(templateId, hash);
  }
  return result;
}

/** The hash of the DaemonSet's current revision: the highest-numbered ControllerRevision it owns. */
export function currentHash(sim: Simulation, dsName: string): string | undefined {
  const ds = sim.getDaemonSet(dsName);
  const uid = ds?.metadata?.uid;
  if (!uid) return undefined;
  const owned = sim.controllerRevisions().filter((r) => r.metadata?.ownerReferences?.some((o) => o.controller && o.uid === uid));
  owned.sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
  const top = owned[0];
  return top?.metadata?.labels?.['controller-revision-hash'] ?? top?.metadata?.name?.slice(dsName.length + 1);
}

/**
 * Runs one kubectl line. `apply -f FILE` of a lesson file goes through Simulation.apply directly, so that
 * `accepted` and `errors` checks see the API server's structured errors.
 */
export function runKubectlLine(run: LessonRun, line: string, language: 'en' | 'ko' = 'en'): KubectlResult {
  const m = /^\s*(?:kubectl\s+)?apply\s+-f\s+(\S+)\s*$/.exec(line);
  if (m && readFile(run, m[1]) !== undefined) {
    const r = applyFile(run, m[1]);
    run.lastKubectl = r.accepted
      ? { stdout: `daemonset.apps/${r.name ?? ''} ${r.action ?? 'configured'}\n`, stderr: '', exitCode: 0 }
      : { stdout: '', stderr: `${r.message ?? ''}\n`, exitCode: 1 };
    return run.lastKubectl;
  }
  const result = runKubectl(run.sim, line, { readFile: (p) => readFile(run, p), language });
  run.sim.settle();
  run.lastKubectl = result;
  return result;
}

function podOnNode(sim: Simulation, ds: string, node: string): string | undefined {
  const uid = sim.getDaemonSet(ds)?.metadata?.uid;
  const pod = sim.pods().find((p) => p.metadata?.ownerReferences?.some((o) => o.controller && o.uid === uid)
    && (p.spec?.nodeName === node || targetNode(p) === node) && !p.metadata?.deletionTimestamp);
  return pod?.metadata?.name;
}

function targetNode(p: { spec?: { affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchFields?: { key: string; values?: string[] }[] }[] } } } } }): string | undefined {
  const terms = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === 'metadata.name' && f.values?.length === 1) return f.values[0];
  return undefined;
}

function podsOf(sim: Simulation, ds: string, node: string): string[] {
  const uid = sim.getDaemonSet(ds)?.metadata?.uid;
  return sim.pods().filter((p) => p.metadata?.ownerReferences?.some((o) => o.controller && o.uid === uid)
    && (p.spec?.nodeName ?? targetNode(p)) === node).map((p) => p.metadata?.name ?? '');
}

/** Runs one scenario-format action (with `apply` naming a lesson file). */
export function runAction(run: LessonRun, action: LessonAction): void {
  const { sim } = run;
  const [key] = Object.keys(action).filter((k) => k !== 'templateId');
  const v = action[key] as never;
  switch (key) {
    case 'apply': applyFile(run, v, action.templateId as string | undefined); return;
    case 'kubectl': runKubectlLine(run, v); return;
    case 'deleteDaemonSet': {
      const d = v as { name: string; cascade?: Cascade };
      sim.deleteDaemonSet(d.name, d.cascade ?? 'background');
      break;
    }
    case 'addNode': sim.addNode(v as NodeInput); break;
    case 'removeNode': sim.removeNode(v as string); break;
    case 'labelNode': { const l = v as { node: string; set?: Record<string, string>; remove?: string[] }; sim.labelNode(l.node, l.set ?? {}, l.remove); break; }
    case 'taintNode': { const t = v as { node: string; add?: Taint[]; remove?: { key: string; effect?: string }[] }; sim.taintNode(t.node, t.add ?? [], t.remove); break; }
    case 'cordon': sim.cordon(v as string); break;
    case 'uncordon': sim.uncordon(v as string); break;
    case 'setNodeReady': { const r = v as { node: string; status: ConditionStatus }; sim.setNodeReady(r.node, r.status); break; }
    case 'markReady': case 'markNotReady': { const m = v as { ds: string; nodes: string[] | 'all' }; sim.markReady(m.ds, m.nodes, key === 'markReady'); break; }
    case 'setPodPhase': { const p = v as { ds: string; node: string; phase: 'Failed' | 'Succeeded' }; const n = podOnNode(sim, p.ds, p.node); if (n) sim.setPodPhase(n, p.phase); break; }
    case 'deletePod': {
      const d = v as { ds?: string; node?: string; name?: string };
      const names = d.name ? [d.name] : podsOf(sim, d.ds ?? '', d.node ?? '');
      for (const n of names) sim.deletePod(n);
      break;
    }
    case 'createPod': sim.createPod(v as BarePodInput); break;
    case 'relabelPod': { const r = v as { ds: string; node: string; set: Record<string, string> }; const n = podOnNode(sim, r.ds, r.node); if (n) sim.relabelPod(n, r.set); break; }
    case 'advance': sim.advance(v as number); break;
    case 'rolloutUndo': { const u = v as { ds: string; toRevision?: number }; sim.rolloutUndo(u.ds, u.toRevision); break; }
    default: throw new Error(`unknown lesson action "${key}"`);
  }
  sim.settle();
}

/** Runs a step's solution: the file (with its template id), then the kubectl lines, then the actions. */
export function runSolution(run: LessonRun, step: LessonStep): void {
  const sol = step.solution;
  if (sol.file) {
    applyFile(run, sol.file, sol.templateId);
    if (step.file) run.fileTexts[step.file] = run.lesson.files[sol.file];
  }
  for (const line of sol.kubectl ?? []) runKubectlLine(run, line);
  for (const a of sol.actions ?? []) {
    runAction(run, a);
    if (typeof a.apply === 'string' && step.file) run.fileTexts[step.file] = run.lesson.files[a.apply];
  }
  if (step.snapshot) run.snapshots.set(step.snapshot, takeSnapshot(run.sim));
}

export function takeSnapshot(sim: Simulation): PodSnapshot {
  const byDaemonSet: PodSnapshot['byDaemonSet'] = {};
  for (const ds of sim.daemonSets()) {
    const name = ds.metadata?.name ?? '';
    const perNode: Record<string, string[]> = {};
    for (const p of sim.pods()) {
      if (p.metadata?.deletionTimestamp || !p.metadata?.ownerReferences?.some((o) => o.controller && o.uid === ds.metadata?.uid)) continue;
      const node = p.spec?.nodeName ?? targetNode(p);
      if (node) (perNode[node] ??= []).push(p.metadata?.name ?? '');
    }
    byDaemonSet[name] = perNode;
  }
  return { allPods: sim.pods().map((p) => p.metadata?.name ?? ''), byDaemonSet };
}
