/** `kubectl label` for nodes, daemonsets and pods (label.go messages). */
import type { DaemonSet } from '../model/types';
import type { Ctx } from './context';
import { flagBool, KubectlError, parseFlags, type FlagSpec } from './parse';
import { cloneForUpdate, findObject, parseResourceArgs, resolveType } from './resources';

export const labelFlags: FlagSpec[] = [
  { name: 'overwrite', kind: 'bool' },
  { name: 'all', kind: 'bool' },
  { name: 'list', kind: 'bool' },
  { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' },
];

const keyRe = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const valueRe = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** parseLabels: `k=v` to set, `k-` to remove. */
export function parseLabelArgs(args: string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const a of args) {
    if (a.endsWith('-') && !a.includes('=')) { remove.push(a.slice(0, -1)); continue; }
    const eq = a.indexOf('=');
    if (eq < 0) throw new KubectlError(`invalid label spec: ${a}`);
    const k = a.slice(0, eq), v = a.slice(eq + 1);
    if (!keyRe.test(k) || k.length > 316 || !valueRe.test(v) || v.length > 63) throw new KubectlError(`invalid label spec: ${a}`);
    set[k] = v;
  }
  for (const k of remove) if (k in set) throw new KubectlError(`can not both modify and remove a label in the same command`);
  return { set, remove };
}

export function runLabel(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, labelFlags, 'label');
  if (p.args.length < 1) throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>', "See 'kubectl label -h' for help and examples");
  // resources first, then label changes (anything containing = or ending in -)
  const isChange = (s: string) => s.includes('=') || s.endsWith('-');
  const firstChange = p.args.findIndex(isChange);
  const resArgs = firstChange < 0 ? p.args : p.args.slice(0, firstChange);
  const changes = firstChange < 0 ? [] : p.args.slice(firstChange);
  if (changes.length === 0) throw new KubectlError('at least one label update is required', "See 'kubectl label -h' for help and examples");
  const { set, remove } = parseLabelArgs(changes);
  const overwrite = flagBool(p, 'overwrite');
  const ns = ctx.namespace(p);
  if (resArgs.length === 0) throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  resolveType(resArgs[0].split('/')[0]);
  for (const g of parseResourceArgs(resArgs)) {
    if (g.names.length === 0) throw new KubectlError('resource(s) were provided, but no name was specified');
    for (const name of g.names) {
      const obj = findObject(ctx.sim, g.info, ns, name);
      const old = { ...(obj.metadata?.labels ?? {}) };
      if (!overwrite) {
        for (const [k, v] of Object.entries(set)) {
          if (k in old && old[k] !== v) throw new KubectlError(`'${k}' already has a value (${old[k]}), and --overwrite is false`);
        }
      }
      for (const k of remove) if (!(k in old)) ctx.print(`label "${k}" not found.`);
      const next = { ...old, ...set };
      for (const k of remove) delete next[k];
      const changed = JSON.stringify(Object.entries(old).sort()) !== JSON.stringify(Object.entries(next).sort());
      if (changed) {
        const realSet = Object.fromEntries(Object.entries(set).filter(([k, v]) => old[k] !== v));
        const realRemove = remove.filter((k) => k in old);
        switch (g.info.type) {
          case 'nodes': ctx.sim.labelNode(name, realSet, realRemove); break;
          case 'pods':
            if (realRemove.length) throw new KubectlError(ctx.t('the simulator cannot remove labels from pods; only add or change them', '시뮬레이터는 파드의 레이블을 제거할 수 없습니다. 추가하거나 바꾸는 것만 가능합니다'));
            ctx.sim.relabelPod(name, realSet);
            break;
          case 'daemonsets': {
            const ds = cloneForUpdate(obj as DaemonSet);
            ds.metadata = { ...ds.metadata, labels: next };
            const r = ctx.sim.apply(ds);
            if (!r.accepted) throw new KubectlError(r.message ?? `The DaemonSet "${name}" is invalid`);
            break;
          }
          default:
            throw new KubectlError(ctx.t(`the simulated kubectl cannot label ${g.info.type}`, `시뮬레이션 kubectl은 ${g.info.type}에 레이블을 붙일 수 없습니다`));
        }
      }
      let msg = 'not labeled';
      if (changed) msg = !overwrite && Object.keys(next).length < Object.keys(old).length ? 'unlabeled' : 'labeled';
      ctx.print(`${g.info.kindString}/${name} ${msg}`);
    }
  }
}
