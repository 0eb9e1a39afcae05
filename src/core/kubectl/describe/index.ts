/** `kubectl describe TYPE [NAME_PREFIX]`: exact name, else every object whose name starts with it (as kubectl does). */
import type { DaemonSet, Node, Pod } from '../../model/types';
import type { Ctx } from '../context';
import { matches, parseSelector } from '../labels';
import { flagBool, KubectlError, parseFlags, type FlagSpec } from '../parse';
import { notFound, objectsIn, parseResourceArgs, type KObject, type ResourceInfo } from '../resources';
import { describeDaemonSetText } from './daemonSet';
import { describeNodeText } from './node';
import { describePodText } from './pod';

export const describeFlags: FlagSpec[] = [
  { name: 'selector', kind: 'string', short: 'l' },
  { name: 'all-namespaces', kind: 'bool', short: 'A' },
  { name: 'show-events', kind: 'bool' },
];

function describeOne(ctx: Ctx, info: ResourceInfo, o: KObject): string {
  switch (info.type) {
    case 'daemonsets': return describeDaemonSetText(ctx.sim, o as DaemonSet);
    case 'nodes': return describeNodeText(ctx.sim, o as Node);
    case 'pods': return describePodText(ctx.sim, o as Pod);
    default:
      throw new KubectlError(ctx.t(`the simulated kubectl cannot describe ${info.type}; it describes daemonsets, nodes and pods`, `시뮬레이션 kubectl은 ${info.type}을(를) describe할 수 없습니다. daemonsets, nodes, pods만 지원합니다`));
  }
}

export function runDescribe(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, describeFlags, 'describe');
  if (p.args.length === 0) {
    throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  }
  const ns = flagBool(p, 'all-namespaces') ? undefined : ctx.namespace(p);
  const sel = p.flags.has('selector') ? parseSelector(p.flags.get('selector') as string) : undefined;
  const texts: string[] = [];
  for (const g of parseResourceArgs(p.args)) {
    const pool = objectsIn(ctx.sim, g.info, ns);
    if (g.names.length === 0) {
      const all = pool.filter((o) => !sel || matches(sel, o.metadata?.labels));
      if (all.length === 0) ctx.warn(g.info.namespaced && ns !== undefined ? `No resources found in ${ns} namespace.` : 'No resources found');
      for (const o of all) texts.push(describeOne(ctx, g.info, o));
      continue;
    }
    for (const n of g.names) {
      const exact = pool.find((o) => o.metadata?.name === n);
      const list = exact ? [exact] : pool.filter((o) => (o.metadata?.name ?? '').startsWith(n));
      if (list.length === 0) { ctx.fail(notFound(g.info, n)); continue; }
      for (const o of list) texts.push(describeOne(ctx, g.info, o));
    }
  }
  if (texts.length) ctx.out.push(texts.join('\n\n'));
}
