/** Executes one scenario-format action against a simulation, updating the expectation context. */
import type { ConditionStatus, Taint } from '../model/types';
import type { BarePodInput, Cascade, NodeInput } from '../sim/api';
import type { ExpectContext } from './context';
import { ownedPods, podNode } from './context';
import { runKubectl } from '../kubectl/index';
import { computeHash } from '../controller/hash';
import type { ScenarioDefaults } from './format';

type Rec = Record<string, unknown>;

/** Scenario node → NodeInput, with the file's defaults (allocatable, Ready). */
export function toNodeInput(n: Rec, defaults: ScenarioDefaults): NodeInput {
  const alloc = { ...(defaults.nodeAllocatable ?? {}), ...((n.allocatable as Rec | undefined) ?? {}) } as NodeInput['allocatable'];
  return {
    name: String(n.name),
    labels: Object.fromEntries(Object.entries((n.labels as Rec | undefined) ?? {}).map(([k, v]) => [k, String(v)])),
    taints: (n.taints as Taint[] | undefined) ?? [],
    unschedulable: n.unschedulable === true,
    ready: (n.ready as ConditionStatus | undefined) ?? defaults.nodeReady ?? 'True',
    allocatable: alloc,
    pods: ((n.pods as BarePodInput[] | undefined) ?? []).map((p) => ({ ...p, labels: stringMap(p.labels) })),
  };
}

function stringMap(m: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((m as Rec | undefined) ?? {}).map(([k, v]) => [k, String(v)]));
}

function nodesArg(v: unknown): string[] | 'all' {
  return v === 'all' ? 'all' : ((v as string[] | undefined) ?? []).map(String);
}

function singlePod(ctx: ExpectContext, ds: string, node: string): string {
  const pods = ownedPods(ctx.sim, ds).filter((p) => podNode(p) === node);
  if (pods.length !== 1) throw new Error(`expected one live pod of ${ds} on ${node}, found ${pods.length}`);
  return pods[0].metadata?.name ?? '';
}

/** Runs the step's action; `settle` is the caller's job. Throws on an action the cluster cannot do. */
export function runAction(ctx: ExpectContext, step: Rec, defaults: ScenarioDefaults): void {
  const { sim } = ctx;
  const key = Object.keys(step).find((k) => !['templateId', 'snapshot', 'expect', 'why'].includes(k)) ?? '';
  const a = step[key] as Rec;
  switch (key) {
    case 'apply': {
      ctx.lastApply = sim.apply(a);
      sim.settle();
      const name = (a?.metadata as Rec | undefined)?.name;
      const ds = typeof name === 'string' ? sim.getDaemonSet(name) : undefined;
      if (ctx.lastApply.accepted && ds && typeof step.templateId === 'string' && !ctx.templates.has(step.templateId)) {
        ctx.templates.set(step.templateId, computeHash(ds.spec?.template, ds.status?.collisionCount));
      }
      return;
    }
    case 'deleteDaemonSet': {
      const cascade = String(a.cascade ?? 'background');
      if (!['background', 'foreground', 'orphan'].includes(cascade)) {
        ctx.lastKubectl = { stdout: '', stderr: `error: invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"` };
        return;
      }
      const r = sim.deleteDaemonSet(String(a.name), cascade as Cascade);
      ctx.lastKubectl = r.ok ? { stdout: r.message, stderr: '' } : { stdout: '', stderr: r.message };
      return;
    }
    case 'addNode': return sim.addNode(toNodeInput(a, defaults));
    case 'removeNode': return sim.removeNode(String(step.removeNode));
    case 'labelNode': return sim.labelNode(String(a.node), stringMap(a.set), (a.remove as string[] | undefined) ?? []);
    case 'taintNode': return sim.taintNode(String(a.node), (a.add as Taint[] | undefined) ?? [], (a.remove as { key: string; effect?: string }[] | undefined) ?? []);
    case 'cordon': return sim.cordon(String(step.cordon));
    case 'uncordon': return sim.uncordon(String(step.uncordon));
    case 'setNodeReady': return sim.setNodeReady(String(a.node), String(a.status) as ConditionStatus);
    case 'markReady': return sim.markReady(String(a.ds), nodesArg(a.nodes), true);
    case 'markNotReady': return sim.markReady(String(a.ds), nodesArg(a.nodes), false);
    case 'setPodPhase': return sim.setPodPhase(singlePod(ctx, String(a.ds), String(a.node)), a.phase as 'Failed' | 'Succeeded');
    case 'deletePod': {
      if (a.name !== undefined) return sim.deletePod(String(a.name));
      for (const p of ownedPods(sim, String(a.ds)).filter((x) => podNode(x) === a.node)) sim.deletePod(p.metadata?.name ?? '');
      return;
    }
    case 'createPod': return sim.createPod({ ...(a as unknown as BarePodInput), labels: stringMap(a.labels) });
    case 'relabelPod': return sim.relabelPod(singlePod(ctx, String(a.ds), String(a.node)), stringMap(a.set));
    case 'advance': return sim.advance(Number(step.advance));
    case 'rolloutUndo': {
      const r = sim.rolloutUndo(String(a.ds), a.toRevision === undefined ? undefined : Number(a.toRevision));
      ctx.lastKubectl = r.ok ? { stdout: r.message, stderr: '' } : { stdout: '', stderr: r.message };
      return;
    }
    case 'kubectl': {
      ctx.lastKubectl = runKubectl(sim, String(step.kubectl));
      return;
    }
    default: throw new Error(`unknown action "${key}"`);
  }
}
