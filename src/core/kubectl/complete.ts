/** Tab completion for the terminal: commands, subcommands, resource types, object names and flags. */
import type { Simulation } from '../sim/api';
import { applyFlags } from './apply';
import { deleteFlags } from './delete';
import { describeFlags } from './describe/index';
import { getFlags } from './get';
import { labelFlags } from './label';
import { cordonFlags, drainFlags, taintFlags } from './nodeCommands';
import { globalFlags, type FlagSpec } from './parse';
import { rolloutFlags } from './rollout';
import { listObjects, resolveType, type ResourceType } from './resources';
import { scaleFlags, setImageFlags } from './workload';

const commandNames = ['api-resources', 'apply', 'cordon', 'create', 'delete', 'describe', 'drain', 'explain', 'get', 'help', 'label', 'rollout', 'scale', 'set', 'taint', 'uncordon', 'version'];
const typeWords = ['all', 'daemonsets', 'ds', 'pods', 'po', 'nodes', 'no', 'controllerrevisions', 'events'];
const flagsOf: Record<string, FlagSpec[]> = {
  get: getFlags, describe: describeFlags, apply: applyFlags, create: applyFlags, delete: deleteFlags, label: labelFlags,
  taint: taintFlags, cordon: cordonFlags, uncordon: cordonFlags, drain: drainFlags, rollout: rolloutFlags, set: setImageFlags, scale: scaleFlags,
};

function lenientTokens(line: string): string[] {
  return line.split(/\s+/).filter((t) => t !== '');
}

function names(sim: Simulation, type: ResourceType): string[] {
  try { return listObjects(sim, type).map((o) => o.metadata?.name ?? '').filter((n) => n !== ''); } catch { return []; }
}

function typeOf(word: string): ResourceType | undefined {
  try { return resolveType(word).type; } catch { return undefined; }
}

/** Candidates for the word under the cursor, given the text before the cursor (with or without a leading `kubectl`). */
export function completeKubectl(sim: Simulation, lineBeforeCursor: string): string[] {
  const words = lenientTokens(lineBeforeCursor);
  if (words[0] === 'kubectl') words.shift();
  const endsWithSpace = /\s$/.test(lineBeforeCursor) || lineBeforeCursor === '';
  const partial = endsWithSpace ? '' : (words.pop() ?? '');
  const pick = (list: string[]) => [...new Set(list)].filter((c) => c.startsWith(partial)).sort();
  if (words.length === 0) return pick(commandNames);
  const cmd = words[0];
  const prev = words[words.length - 1];
  if (prev === '-o' || prev === '--output') return pick(['json', 'name', 'wide', 'yaml']);
  if (prev === '-n' || prev === '--namespace') return pick([sim.namespace]);
  if (partial.startsWith('-')) {
    const specs = [...(flagsOf[cmd] ?? []), ...globalFlags];
    return pick(specs.map((s) => `--${s.name}`).concat(specs.filter((s) => s.short).map((s) => `-${s.short}`)));
  }
  const args = words.slice(1).filter((w, i, a) => !w.startsWith('-') && !(i > 0 && ['-o', '-n', '-l', '--output', '--namespace', '--selector'].includes(a[i - 1])));
  if (['cordon', 'uncordon', 'drain'].includes(cmd)) return pick(names(sim, 'nodes'));
  if (cmd === 'taint') return args.length === 0 ? pick(['nodes', 'node']) : pick(names(sim, 'nodes'));
  if (cmd === 'rollout') {
    if (args.length === 0) return pick(['history', 'pause', 'restart', 'resume', 'status', 'undo']);
    if (partial.includes('/')) return pick(names(sim, 'daemonsets').map((n) => `${partial.slice(0, partial.indexOf('/'))}/${n}`));
    if (args.length === 1) return pick(['daemonset/', 'ds/', 'daemonset', 'ds']);
    return typeOf(args[1]) === 'daemonsets' ? pick(names(sim, 'daemonsets')) : [];
  }
  if (cmd === 'set') {
    if (args.length === 0) return pick(['image']);
    if (args.length === 1) return partial.includes('/') ? pick(names(sim, 'daemonsets').map((n) => `${partial.slice(0, partial.indexOf('/'))}/${n}`)) : pick(['daemonset/', 'ds/', 'daemonset', 'ds']);
    const ds = args[1].includes('/') ? sim.getDaemonSet(args[1].split('/')[1]) : args[2] ? sim.getDaemonSet(args[2]) : undefined;
    if (ds) return pick((ds.spec?.template?.spec?.containers ?? []).map((c) => `${c.name}=`));
    return args.length === 2 && typeOf(args[1]) === 'daemonsets' ? pick(names(sim, 'daemonsets')) : [];
  }
  if (['get', 'describe', 'delete', 'label', 'scale'].includes(cmd)) {
    if (partial.includes('/')) {
      const t = typeOf(partial.slice(0, partial.indexOf('/')));
      return t ? pick(names(sim, t).map((n) => `${partial.slice(0, partial.indexOf('/'))}/${n}`)) : [];
    }
    if (args.length === 0) return pick(cmd === 'scale' ? ['daemonset', 'ds'] : cmd === 'label' ? ['daemonsets', 'ds', 'nodes', 'node', 'pods', 'pod'] : typeWords);
    const t = typeOf(args[0]);
    return t ? pick(names(sim, t)) : [];
  }
  return [];
}
