/** `kubectl rollout status|history|undo|restart|pause|resume` for DaemonSets (R58, R74, R75, R91). */
import type { Simulation } from '../sim/api';
import type { ControllerRevision, DaemonSet, PodTemplateSpec } from '../model/types';
import { toTimestamp } from '../sim/clock';
import type { Ctx } from './context';
import { PrefixWriter } from './describe/writer';
import { describePodTemplate } from './describe/podTemplate';
import { KubectlError, parseFlags, type FlagSpec } from './parse';
import { cloneForUpdate, controllerOf, notFound, parseResourceArgs, resources } from './resources';
import { tabwrite } from './tabwriter';

export const rolloutFlags: FlagSpec[] = [
  { name: 'to-revision', kind: 'int' },
  { name: 'revision', kind: 'int' },
  { name: 'watch', kind: 'bool', short: 'w' },
  { name: 'timeout', kind: 'string' },
  { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' },
];

/** DaemonSetStatusViewer.Status: the message, or the error for OnDelete (R58). */
export function rolloutStatusOf(ds: DaemonSet): { message?: string; error?: string; done: boolean } {
  if (ds.spec?.updateStrategy?.type && ds.spec.updateStrategy.type !== 'RollingUpdate') {
    return { error: 'rollout status is only available for RollingUpdate strategy type', done: false };
  }
  const name = ds.metadata?.name ?? '';
  const st = ds.status;
  const desired = st?.desiredNumberScheduled ?? 0;
  if ((ds.metadata?.generation ?? 0) > (st?.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...', done: false };
  if ((st?.updatedNumberScheduled ?? 0) < desired) {
    return { message: `Waiting for daemon set "${name}" rollout to finish: ${st?.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`, done: false };
  }
  if ((st?.numberAvailable ?? 0) < desired) {
    return { message: `Waiting for daemon set "${name}" rollout to finish: ${st?.numberAvailable ?? 0} of ${desired} updated pods are available...`, done: false };
  }
  return { message: `daemon set "${name}" successfully rolled out`, done: true };
}

/** The DaemonSet's ControllerRevisions (controllerRef to it), sorted by revision. */
export function historyOf(sim: Simulation, ds: DaemonSet): ControllerRevision[] {
  return sim.controllerRevisions().filter((r) => {
    const ref = controllerOf(r);
    return ref?.kind === 'DaemonSet' && (ds.metadata?.uid && ref.uid ? ref.uid === ds.metadata.uid : ref.name === ds.metadata?.name);
  }).sort((a, b) => a.revision - b.revision);
}

/** printHistory (history.go) wrapped by rollout history's NamePrinter (R75). */
export function historyText(sim: Simulation, ds: DaemonSet, revision = 0): string {
  const head = `daemonset.apps/${ds.metadata?.name ?? ''} ${revision > 0 ? `with revision #${revision}` : ''}\n`;
  const list = historyOf(sim, ds);
  if (list.length === 0) return `${head}No rollout history found.\n`;
  if (revision > 0) {
    const r = list.find((x) => x.revision === revision);
    if (!r) throw new KubectlError('unable to find the specified revision');
    const w = new PrefixWriter();
    const data = r.data as { spec?: { template?: PodTemplateSpec } } | undefined;
    describePodTemplate(data?.spec?.template, w);
    return `${head}${w.toString()}\n`;
  }
  const lines = ['REVISION\tCHANGE-CAUSE', ...list.map((r) => `${r.revision}\t${r.metadata?.annotations?.['kubernetes.io/change-cause'] || '<none>'}`)];
  return `${head}${tabwrite(lines.join('\n') + '\n', 0, 2)}\n`;
}

function targets(ctx: Ctx, args: string[], sub: string): DaemonSet[] {
  if (args.length === 0) throw new KubectlError('required resource not specified', `See 'kubectl rollout ${sub} -h' for help and examples`);
  const out: DaemonSet[] = [];
  for (const g of parseResourceArgs(args)) {
    if (g.info.type !== 'daemonsets') {
      // polymorphichelpers: StatusViewerFor / HistoryViewerFor print the GroupKind (%v), RollbackerFor quotes it (%q);
      // the restarter and pauser fail per object.
      const group = g.info.apiVersion.includes('/') ? g.info.apiVersion.split('/')[0] : '';
      const groupKind = group ? `${g.info.kind}.${group}` : g.info.kind;
      if (sub === 'status') throw new KubectlError(`no status viewer has been implemented for ${groupKind}`);
      if (sub === 'history') throw new KubectlError(`no history viewer has been implemented for ${groupKind}`);
      if (sub === 'undo') throw new KubectlError(`no rollbacker has been implemented for "${groupKind}"`);
      const verb = sub === 'pause' ? 'pausing' : sub === 'resume' ? 'resuming' : 'restarting';
      throw new KubectlError(`${g.info.groupResource} "${g.names[0] ?? ''}" ${verb} is not supported`);
    }
    if (g.names.length === 0) throw new KubectlError('resource(s) were provided, but no name was specified');
    for (const n of g.names) {
      const ds = ctx.sim.getDaemonSet(n);
      if (!ds) throw notFound(resources.daemonsets, n);
      out.push(ds);
    }
  }
  return out;
}

export function runRollout(ctx: Ctx, tokens: string[]): void {
  const sub = tokens[0];
  const p = parseFlags(tokens.slice(1), rolloutFlags, `rollout ${sub ?? ''}`.trim());
  switch (sub) {
    case 'status':
      for (const ds of targets(ctx, p.args, sub)) {
        const s = rolloutStatusOf(ds);
        if (s.error) throw new KubectlError(s.error);
        ctx.print(s.message as string);
        if (!s.done && p.flags.get('watch') !== 'false') ctx.waiting = true;
      }
      return;
    case 'history':
      for (const ds of targets(ctx, p.args, sub)) ctx.out.push(historyText(ctx.sim, ds, Number(p.flags.get('revision') ?? 0)));
      return;
    case 'undo':
      for (const ds of targets(ctx, p.args, sub)) {
        const to = p.flags.has('to-revision') ? Number(p.flags.get('to-revision')) : undefined;
        const r = ctx.sim.rolloutUndo(ds.metadata?.name ?? '', to);
        if (r.ok) ctx.print(r.message); else ctx.fail(r.message.replace(/^error: /, ''));
      }
      return;
    case 'restart':
      for (const ds of targets(ctx, p.args, sub)) restart(ctx, ds);
      return;
    case 'pause':
    case 'resume':
      for (const ds of targets(ctx, p.args, sub)) ctx.fail(`daemonsets.apps "${ds.metadata?.name}" ${sub === 'pause' ? 'pausing' : 'resuming'} is not supported`);
      return;
    default:
      throw new KubectlError(sub ? `unknown command "${sub}" for "kubectl rollout"` : 'Manage the rollout of one or many resources.\n\nAvailable Commands:\n  history       View rollout history\n  pause         Mark the provided resource as paused\n  restart       Restart a resource\n  resume        Resume a paused resource\n  status        Show the status of the rollout\n  undo          Undo a previous rollout', "See 'kubectl rollout -h' for help and examples");
  }
}

function restart(ctx: Ctx, ds: DaemonSet): void {
  const when = toTimestamp(ctx.sim.now());
  const ann = ds.spec?.template?.metadata?.annotations ?? {};
  if (ann['kubectl.kubernetes.io/restartedAt'] === when) {
    ctx.fail(`failed to create patch for ${ds.metadata?.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
    return;
  }
  const next = cloneForUpdate(ds);
  if (next.spec?.template) next.spec.template.metadata = { ...next.spec.template.metadata, annotations: { ...ann, 'kubectl.kubernetes.io/restartedAt': when } };
  const r = ctx.sim.apply(next);
  if (!r.accepted) { ctx.fail(r.message ?? `The DaemonSet "${ds.metadata?.name}" is invalid`); return; }
  ctx.print(`daemonset.apps/${ds.metadata?.name} restarted`);
}
