/** `kubectl set image` and `kubectl scale` for DaemonSets. */
import type { Ctx } from './context';
import { KubectlError, parseFlags, type FlagSpec } from './parse';
import { cloneForUpdate, findObject, notFound, parseResourceArgs, resources } from './resources';

export const setImageFlags: FlagSpec[] = [{ name: 'all', kind: 'bool' }, { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' }, { name: 'selector', kind: 'string', short: 'l' }];
export const scaleFlags: FlagSpec[] = [{ name: 'replicas', kind: 'int' }, { name: 'current-replicas', kind: 'int' }, { name: 'timeout', kind: 'string' }];

export function runSet(ctx: Ctx, tokens: string[]): void {
  if (tokens[0] !== 'image') {
    throw new KubectlError(tokens[0] ? ctx.t(`the simulated kubectl supports only "kubectl set image"`, '시뮬레이션 kubectl은 "kubectl set image"만 지원합니다') : 'Configure application resources.', "See 'kubectl set -h' for help and examples");
  }
  const p = parseFlags(tokens.slice(1), setImageFlags, 'set image');
  const first = p.args.findIndex((a) => a.includes('='));
  const res = first < 0 ? p.args : p.args.slice(0, first);
  const specs = first < 0 ? [] : p.args.slice(first);
  if (res.length === 0 || specs.length === 0) throw new KubectlError('one or more resources and container=image pairs are required', "See 'kubectl set image -h' for help and examples");
  const images: [string, string][] = specs.map((s) => {
    const eq = s.indexOf('=');
    if (eq <= 0 || eq === s.length - 1) throw new KubectlError(`invalid image spec: ${s}`);
    return [s.slice(0, eq), s.slice(eq + 1)];
  });
  const ns = ctx.namespace(p);
  for (const g of parseResourceArgs(res)) {
    for (const name of g.names) {
      if (g.info.type !== 'daemonsets') throw new KubectlError(ctx.t(`the simulated kubectl can set images only on daemonsets`, '시뮬레이션 kubectl은 daemonsets의 이미지만 바꿀 수 있습니다'));
      const ds = ctx.sim.getDaemonSet(name);
      if (!ds || (ds.metadata?.namespace ?? ctx.sim.namespace) !== ns) throw notFound(g.info, name);
      const next = cloneForUpdate(ds);
      const containers = [...(next.spec?.template?.spec?.initContainers ?? []), ...(next.spec?.template?.spec?.containers ?? [])];
      let changed = false;
      const errs: string[] = [];
      for (const [c, image] of images) {
        const hit = containers.filter((x) => c === '*' || x.name === c);
        if (hit.length === 0) { errs.push(`unable to find container named "${c}"`); continue; }
        for (const x of hit) if (x.image !== image) { x.image = image; changed = true; }
      }
      // set_image.go patches what it could change, then reports the containers it did not find.
      if (changed) {
        const r = ctx.sim.apply(next);
        if (!r.accepted) throw new KubectlError(r.message ?? `The DaemonSet "${name}" is invalid`);
        ctx.print(`daemonset.apps/${name} image updated`);
      }
      if (errs.length) throw new KubectlError(errs.length === 1 ? errs[0] : `[${errs.map((e) => `error: ${e}`).join(', ')}]`);
    }
  }
}

export function runScale(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, scaleFlags, 'scale');
  const replicas = p.flags.has('replicas') ? Number(p.flags.get('replicas')) : -1;
  if (replicas < 0) throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0', "See 'kubectl scale -h' for help and examples");
  const groups = parseResourceArgs(p.args);
  if (groups.length === 0) throw new KubectlError('required resource not specified', "See 'kubectl scale -h' for help and examples");
  for (const g of groups) {
    for (const name of g.names) {
      findObject(ctx.sim, g.info, ctx.namespace(p), name);
      // DaemonSets (and pods, nodes) have no /scale subresource: the API server answers 404.
      ctx.fail('Error from server (NotFound): the server could not find the requested resource');
      if (g.info === resources.daemonsets) {
        ctx.warn(ctx.t('(simulator) A DaemonSet has no replica count: it runs one pod on each eligible node. Change nodeSelector, affinity or tolerations instead.',
          '(시뮬레이터) DaemonSet에는 레플리카 수가 없습니다. 조건에 맞는 노드마다 파드를 하나씩 실행합니다. 대신 nodeSelector, affinity, tolerations를 바꾸세요.'));
      }
    }
  }
}
