/** `kubectl delete` for daemonsets (cascade modes, R80), pods and nodes. */
import type { Cascade } from '../sim/api';
import type { Ctx } from './context';
import { matches, parseSelector } from './labels';
import { flagBool, KubectlError, parseFlags, parseGoBool, type FlagSpec } from './parse';
import { readDocs } from './apply';
import { objectsIn, notFound, parseResourceArgs, resources, type ResourceInfo } from './resources';

export const deleteFlags: FlagSpec[] = [
  { name: 'cascade', kind: 'string', noOptDefault: 'background' },
  { name: 'grace-period', kind: 'int' },
  { name: 'force', kind: 'bool' },
  { name: 'now', kind: 'bool' },
  { name: 'all', kind: 'bool' },
  { name: 'selector', kind: 'string', short: 'l' },
  { name: 'ignore-not-found', kind: 'bool' },
  { name: 'wait', kind: 'bool' },
  { name: 'output', kind: 'string', short: 'o' },
  { name: 'filename', kind: 'string', short: 'f' },
];

/** GetCascadingStrategy / parseCascadingFlag from delete_flags.go. */
export function parseCascade(ctx: Ctx, value: string | undefined): Cascade {
  if (value === undefined) return 'background';
  const b = parseGoBool(value);
  if (b === undefined) {
    if (value === 'orphan' || value === 'foreground' || value === 'background') return value;
    throw new KubectlError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
  }
  if (b) {
    ctx.warn('warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.');
    return 'background';
  }
  ctx.warn('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.');
  return 'orphan';
}

export function runDelete(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, deleteFlags, 'delete');
  const cascade = parseCascade(ctx, p.flags.get('cascade'));
  const grace = p.flags.has('grace-period') ? Number(p.flags.get('grace-period')) : flagBool(p, 'now') ? 1 : -1;
  const force = flagBool(p, 'force');
  // delete.go: --force without --grace-period means grace 0; --grace-period=0 without --force becomes 1.
  const forceDelete = force && (grace === 0 || grace === -1);
  if (forceDelete) ctx.warn('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.');
  const file = p.flags.get('filename');
  if (file) {
    if (p.args.length > 0) throw new KubectlError('Unexpected args: ' + JSON.stringify(p.args).replace(/"/g, '').replace(/,/g, ' '), "See 'kubectl delete -h' for help and examples");
    for (const doc of readDocs(ctx, file)) {
      const kind = String(doc.kind);
      const name = String((doc.metadata as { name?: string } | undefined)?.name ?? '');
      const info = kind === 'DaemonSet' ? resources.daemonsets : kind === 'Node' ? resources.nodes : kind === 'Pod' ? resources.pods : undefined;
      if (!info) { ctx.fail(ctx.t(`the virtual cluster has no ${kind} objects; "${name}" in "${file}" was skipped`, `가상 클러스터에는 ${kind} 객체가 없습니다. "${file}"의 "${name}"은(는) 건너뛰었습니다`)); continue; }
      ctx.mapNamespace((doc.metadata as { namespace?: string } | undefined)?.namespace);
      const ns = ctx.namespace(p);
      deleteOne(ctx, info, ns, name, cascade, forceDelete, flagBool(p, 'ignore-not-found'), p.flags.get('output') === 'name', file);
    }
    return;
  }
  if (p.args.length === 0) {
    throw new KubectlError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
  }
  const ns = ctx.namespace(p);
  const groups = parseResourceArgs(p.args);
  const sel = p.flags.has('selector') ? parseSelector(p.flags.get('selector') as string) : undefined;
  for (const g of groups) {
    let names = g.names;
    if (names.length === 0) {
      if (!flagBool(p, 'all') && !sel) throw new KubectlError('resource(s) were provided, but no name was specified');
      names = objectsIn(ctx.sim, g.info, ns).filter((o) => !sel || matches(sel, o.metadata?.labels)).map((o) => o.metadata?.name ?? '');
      if (names.length === 0) { ctx.warn(g.info.namespaced ? `No resources found in ${ns} namespace.` : 'No resources found'); continue; }
    }
    for (const name of names) deleteOne(ctx, g.info, ns, name, cascade, forceDelete, flagBool(p, 'ignore-not-found'), p.flags.get('output') === 'name');
  }
}

function deleteOne(ctx: Ctx, info: ResourceInfo, ns: string, name: string, cascade: Cascade, force: boolean, ignoreNotFound: boolean, nameOutput: boolean, source?: string): void {
  const exists = objectsIn(ctx.sim, info, ns).some((o) => o.metadata?.name === name);
  if (!exists) {
    // cmdutil.AddSourceToErr("deleting", source, err) for objects named in a file
    if (!ignoreNotFound) ctx.fail(source ? `Error from server (NotFound): error when deleting "${source}": ${info.groupResource} "${name}" not found` : notFound(info, name));
    return;
  }
  switch (info.type) {
    case 'daemonsets': {
      const r = ctx.sim.deleteDaemonSet(name, cascade);
      if (!r.ok) { ctx.fail(r.message); return; }
      break;
    }
    case 'pods': ctx.sim.deletePod(name); break;
    case 'nodes': ctx.sim.removeNode(name); break;
    default:
      ctx.fail(ctx.t(`the simulated kubectl cannot delete ${info.type}; it deletes daemonsets, pods and nodes`, `시뮬레이션 kubectl은 ${info.type}을(를) 삭제할 수 없습니다. daemonsets, pods, nodes만 지원합니다`));
      return;
  }
  if (nameOutput) { ctx.print(`${info.kindString}/${name}`); return; }
  let operation = force ? 'force deleted' : 'deleted';
  if (info.namespaced) operation += ` from ${ns} namespace`;
  ctx.print(`${info.kindString} "${name}" ${operation}`);
}
