/** What an `expect` block is checked against: the simulation plus the driver's bookkeeping. */
import type { ApplyResult, Simulation } from '../sim/api';
import type { Pod } from '../model/types';
import { controllerRef, isPodReady, isTerminating, targetNodeName } from '../controller/podUtil';

/** Pod names remembered by a step's `snapshot`: every pod, and per DaemonSet the live owned pods per node. */
export interface PodSnapshot {
  allPods: string[];
  byDaemonSet: Record<string, Record<string, string[]>>;
}

/** Structurally compatible with the lessons' LessonRun, so lesson checks reuse checkExpect. */
export interface ExpectContext {
  sim: Simulation;
  /** templateId → controller-revision-hash. */
  templates: Map<string, string>;
  snapshots: Map<string, PodSnapshot>;
  lastApply?: ApplyResult;
  /** Output of the last kubectl line, deleteDaemonSet or rolloutUndo. */
  lastKubectl?: { stdout: string; stderr: string };
}

export interface Failure {
  key: string;
  expected: unknown;
  observed: unknown;
}

/**
 * Pods whose controllerRef is the named DaemonSet: by uid while it exists, by name once it is gone (so the
 * terminating pods of a deleted DaemonSet still count as its pods).
 */
export function ownedPods(sim: Simulation, ds: string, includeTerminating = false): Pod[] {
  const uid = sim.getDaemonSet(ds)?.metadata?.uid;
  return sim.pods().filter((p) => {
    const ref = controllerRef(p);
    const mine = ref?.kind === 'DaemonSet' && (uid !== undefined ? ref.uid === uid : ref.name === ds);
    return mine && (includeTerminating || !isTerminating(p));
  });
}

export type PodState = 'Ready' | 'NotReady' | 'Pending' | 'Failed' | 'Succeeded';

export function podState(p: Pod): PodState {
  if (p.status?.phase === 'Failed') return 'Failed';
  if (p.status?.phase === 'Succeeded') return 'Succeeded';
  if (!p.spec?.nodeName) return 'Pending';
  return isPodReady(p) ? 'Ready' : 'NotReady';
}

export function podNode(p: Pod): string {
  return targetNodeName(p) ?? '';
}

/** The `snapshot` step key: every pod name, and per DaemonSet the live owned pod names per node. */
export function takeSnapshot(sim: Simulation): PodSnapshot {
  const byDaemonSet: PodSnapshot['byDaemonSet'] = {};
  for (const p of sim.pods()) {
    const ref = controllerRef(p);
    if (!ref || ref.kind !== 'DaemonSet' || isTerminating(p)) continue;
    const m = (byDaemonSet[ref.name] = byDaemonSet[ref.name] ?? {});
    (m[podNode(p)] = m[podNode(p)] ?? []).push(p.metadata?.name ?? '');
  }
  return { allPods: sim.pods().map((p) => p.metadata?.name ?? ''), byDaemonSet };
}

/** Reads a dotted path with [i] indexes and "\." for a literal dot; undefined when absent. */
export function getPath(obj: unknown, path: string): unknown {
  const parts: (string | number)[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\' && path[i + 1] === '.') { cur += '.'; i++; continue; }
    if (c === '.') { if (cur) parts.push(cur); cur = ''; continue; }
    if (c === '[') {
      if (cur) parts.push(cur);
      cur = '';
      const end = path.indexOf(']', i);
      parts.push(Number(path.slice(i + 1, end)));
      i = end;
      continue;
    }
    cur += c;
  }
  if (cur) parts.push(cur);
  let v: unknown = obj;
  for (const p of parts) {
    if (v === null || v === undefined || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
