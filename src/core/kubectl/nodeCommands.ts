/** `kubectl taint`, `cordon`, `uncordon` and `drain` (taint.go, drain.go, pkg/drain/filters.go). */
import type { Node, Taint } from '../model/types';
import type { Ctx } from './context';
import { flagBool, KubectlError, parseFlags, type FlagSpec } from './parse';
import { controllerOf, findObject, resources, resolveType } from './resources';

export const taintFlags: FlagSpec[] = [{ name: 'overwrite', kind: 'bool' }, { name: 'all', kind: 'bool' }];
export const cordonFlags: FlagSpec[] = [{ name: 'selector', kind: 'string', short: 'l' }, { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' }];
export const drainFlags: FlagSpec[] = [
  ...cordonFlags,
  { name: 'ignore-daemonsets', kind: 'bool' },
  { name: 'delete-emptydir-data', kind: 'bool' },
  { name: 'force', kind: 'bool' },
  { name: 'grace-period', kind: 'int' },
  { name: 'timeout', kind: 'string' },
  { name: 'disable-eviction', kind: 'bool' },
  { name: 'pod-selector', kind: 'string' },
];

const effects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function taintString(t: { key: string; value?: string; effect?: string }): string {
  let s = t.key;
  if (t.value) s += `=${t.value}`;
  if (t.effect) s += `:${t.effect}`;
  return s;
}

/** ParseTaints: `k=v:Effect`, `k:Effect` to add; `k:Effect-`, `k-` to remove. */
export function parseTaintSpecs(specs: string[]): { add: Taint[]; remove: { key: string; effect?: string }[] } {
  const add: Taint[] = [];
  const remove: { key: string; effect?: string }[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const body = spec.slice(0, -1);
      const [key, effect] = body.split(':');
      if (effect !== undefined && !effects.includes(effect)) throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect`);
      remove.push(effect ? { key, effect } : { key });
      continue;
    }
    const colon = spec.lastIndexOf(':');
    if (colon < 0) throw new KubectlError(`invalid taint spec: ${spec}`);
    const effect = spec.slice(colon + 1);
    const kv = spec.slice(0, colon);
    const eq = kv.indexOf('=');
    const key = eq < 0 ? kv : kv.slice(0, eq);
    const value = eq < 0 ? undefined : kv.slice(eq + 1);
    if (!effects.includes(effect)) throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect`);
    if (!key) throw new KubectlError(`invalid taint spec: ${spec}`);
    add.push(value !== undefined && value !== '' ? { key, value, effect } : { key, effect });
  }
  for (const a of add) {
    if (remove.some((r) => r.key === a.key && (!r.effect || r.effect === a.effect))) throw new KubectlError('can not both modify and remove a taint');
  }
  return { add, remove };
}

export function runTaint(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, taintFlags, 'taint');
  const isTaint = (s: string) => s.includes('=') || s.includes(':') || s.endsWith('-');
  const first = p.args.findIndex(isTaint);
  const res = first < 0 ? p.args : p.args.slice(0, first);
  const specs = first < 0 ? [] : p.args.slice(first);
  if (res.length === 0 || specs.length === 0) throw new KubectlError('at least one taint update is required', "See 'kubectl taint -h' for help and examples");
  let names: string[];
  if (res[0].includes('/')) {
    names = res.map((r) => { const [t, n] = r.split('/'); if (resolveType(t).type !== 'nodes') throw new KubectlError(`invalid resource type ${t}, only node types are supported`); return n; });
  } else {
    if (resolveType(res[0]).type !== 'nodes') throw new KubectlError(`invalid resource type ${res[0]}, only node types are supported`);
    names = res.slice(1);
  }
  const { add, remove } = parseTaintSpecs(specs);
  const overwrite = flagBool(p, 'overwrite');
  for (const name of names) {
    const node = findObject(ctx.sim, resources.nodes, '', name) as Node;
    const old = node.spec?.taints ?? [];
    if (!overwrite) {
      const exists = add.filter((a) => old.some((o) => o.key === a.key && o.effect === a.effect)).map((a) => a.key);
      if (exists.length) throw new KubectlError(`Node ${name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`);
    }
    // ReorganizeTaints
    const next: Taint[] = [...add];
    for (const o of old) if (!next.some((t) => t.key === o.key && t.effect === o.effect)) next.push(o);
    const added = old.length !== next.length;
    const errs: string[] = [];
    let removed = false;
    let current = next;
    for (const r of remove) {
      const before = current.length;
      current = current.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
      removed = current.length !== before;
      if (!removed) errs.push(`taint "${taintString(r)}" not found`);
    }
    if (errs.length) throw new KubectlError(errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
    const operation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
    const drop = old.filter((o) => !current.some((t) => t.key === o.key && t.effect === o.effect && (t.value ?? '') === (o.value ?? '')))
      .map((o) => ({ key: o.key, effect: o.effect }));
    const toAdd = current.filter((t) => !old.some((o) => t.key === o.key && t.effect === o.effect && (t.value ?? '') === (o.value ?? '')));
    ctx.sim.taintNode(name, toAdd, drop);
    ctx.print(`node/${name} ${operation}`);
  }
}

function nodeNames(ctx: Ctx, args: string[], command: string): string[] {
  if (args.length === 0) throw new KubectlError('USAGE: ' + command + ' NODE [flags]', `See 'kubectl ${command} -h' for help and examples`);
  return args.map((a) => {
    if (a.includes('/')) {
      const [t, n] = a.split('/');
      if (resolveType(t).type !== 'nodes') throw new KubectlError(`error: expected resource of type node, got "${resolveType(t).type}"`);
      return n;
    }
    return a;
  }).map((n) => { findObject(ctx.sim, resources.nodes, '', n); return n; });
}

function cordonOne(ctx: Ctx, name: string, desired: boolean): void {
  const node = findObject(ctx.sim, resources.nodes, '', name) as Node;
  if (Boolean(node.spec?.unschedulable) === desired) {
    ctx.print(`node/${name} already ${desired ? 'cordoned' : 'uncordoned'}`);
    return;
  }
  if (desired) ctx.sim.cordon(name); else ctx.sim.uncordon(name);
  ctx.print(`node/${name} ${desired ? 'cordoned' : 'uncordoned'}`);
}

export function runCordon(ctx: Ctx, tokens: string[], desired: boolean): void {
  const cmd = desired ? 'cordon' : 'uncordon';
  const p = parseFlags(tokens, cordonFlags, cmd);
  for (const n of nodeNames(ctx, p.args, cmd)) cordonOne(ctx, n, desired);
}

export function runDrain(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, drainFlags, 'drain');
  const names = nodeNames(ctx, p.args, 'drain');
  for (const n of names) cordonOne(ctx, n, true);
  ctx.sim.settle();
  const ignoreDs = flagBool(p, 'ignore-daemonsets');
  const force = flagBool(p, 'force');
  const fatal: string[] = [];
  const remaining: string[] = [];
  for (const name of names) {
    const pods = ctx.sim.pods().filter((x) => x.spec?.nodeName === name);
    const errors = new Map<string, string[]>();
    const warnings = new Map<string, string[]>();
    const evict: string[] = [];
    for (const pod of pods) {
      const id = `${pod.metadata?.namespace ?? ctx.sim.namespace}/${pod.metadata?.name}`;
      const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
      const ref = controllerOf(pod);
      const push = (m: Map<string, string[]>, k: string) => m.set(k, [...(m.get(k) ?? []), id]);
      if (ref?.kind === 'DaemonSet' && !finished) {
        if (!ctx.sim.getDaemonSet(ref.name)) {
          const msg = `daemonsets.apps "${ref.name}" not found`;
          if (force) { push(warnings, msg); evict.push(pod.metadata?.name ?? ''); } else push(errors, msg);
        } else if (!ignoreDs) push(errors, 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)');
        else push(warnings, 'ignoring DaemonSet-managed Pods');
        continue;
      }
      if (pod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined) continue;
      if (!finished && pod.spec?.volumes?.some((v) => v.emptyDir) && !flagBool(p, 'delete-emptydir-data')) { push(errors, 'Pods with local storage (use --delete-emptydir-data to override)'); continue; }
      if (!finished && !ref) {
        if (!force) { push(errors, 'cannot delete Pods that declare no controller (use --force to override)'); continue; }
        push(warnings, 'deleting Pods that declare no controller');
      }
      evict.push(pod.metadata?.name ?? '');
    }
    if (errors.size > 0) {
      const errs = [...errors].map(([msg, ids]) => `${msg.toLowerCase().startsWith('cannot delete') ? msg : `cannot delete ${msg}`}: ${ids.join(', ')}`);
      const err = errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
      ctx.warn(`error: unable to drain node "${name}" due to error: ${err}, continuing command...`);
      fatal.push(err);
      remaining.push(name);
      continue;
    }
    if (warnings.size > 0) ctx.warn(`Warning: ${[...warnings].map(([msg, ids]) => `${msg}: ${ids.join(', ')}`).join('; ')}`);
    for (const podName of evict) ctx.print(`evicting pod ${ctx.sim.namespace}/${podName}`);
    for (const podName of evict) { ctx.sim.deletePod(podName); }
    ctx.sim.settle();
    for (const podName of evict) ctx.print(`pod/${podName} evicted`);
    ctx.print(`node/${name} drained`);
  }
  if (remaining.length) {
    ctx.warn('There are pending nodes to be drained:');
    for (const n of remaining) ctx.warn(` ${n}`);
    ctx.fail(fatal.length === 1 ? fatal[0] : `[${fatal.join(', ')}]`);
  }
}
