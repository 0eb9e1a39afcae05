/**
 * The simulated kubectl: `runKubectl(sim, "get ds -o wide")` prints what kubectl 1.34 prints against the
 * virtual cluster. Pure: it talks only to the Simulation interface and an injected file reader.
 */
import type { Simulation } from '../sim/api';
import type { DaemonSet } from '../model/types';
import { runApply } from './apply';
import { Ctx, type KubectlIO, type KubectlResult } from './context';
import { runDelete } from './delete';
import { describeDaemonSetText } from './describe/daemonSet';
import { runDescribe } from './describe/index';
import { runGet } from './get';
import { runLabel } from './label';
import { runApiResources, runExplain, runHelp, runVersion } from './misc';
import { runCordon, runDrain, runTaint } from './nodeCommands';
import { KubectlError, tokenize } from './parse';
import { daemonSetRow } from './printers/table';
import { historyText, rolloutStatusOf, runRollout } from './rollout';
import { runScale, runSet } from './workload';
import { runFilter, splitPipeline } from './shell';
import { ageOf } from './resources';

export type { KubectlIO, KubectlResult } from './context';
export { humanDuration } from './duration';
export { tokenize } from './parse';
export { completeKubectl } from './complete';

type Handler = (ctx: Ctx, rest: string[]) => void;

/** Commands and whether they change the cluster (then the simulation settles afterwards). */
export const commands: Record<string, { run: Handler; mutates: boolean }> = {
  get: { run: runGet, mutates: false },
  describe: { run: runDescribe, mutates: false },
  apply: { run: (c, r) => runApply(c, r, 'apply'), mutates: true },
  create: { run: (c, r) => runApply(c, r, 'create'), mutates: true },
  delete: { run: runDelete, mutates: true },
  label: { run: runLabel, mutates: true },
  taint: { run: runTaint, mutates: true },
  cordon: { run: (c, r) => runCordon(c, r, true), mutates: true },
  uncordon: { run: (c, r) => runCordon(c, r, false), mutates: true },
  drain: { run: runDrain, mutates: true },
  rollout: { run: runRollout, mutates: true },
  set: { run: runSet, mutates: true },
  scale: { run: runScale, mutates: false },
  version: { run: runVersion, mutates: false },
  'api-resources': { run: runApiResources, mutates: false },
  explain: { run: runExplain, mutates: false },
  help: { run: (c) => runHelp(c), mutates: false },
  logs: { run: (c) => unsupported(c, 'logs'), mutates: false },
  exec: { run: (c) => unsupported(c, 'exec'), mutates: false },
  edit: { run: (c) => unsupported(c, 'edit'), mutates: false },
};

/** Commands a user may type that the virtual cluster cannot do, with a note on what to do instead. */
function unsupported(ctx: Ctx, name: 'logs' | 'exec' | 'edit'): void {
  const notes = {
    logs: ['the virtual cluster runs no containers, so pods have no logs; use "kubectl describe pod NAME" to see events and status',
      '가상 클러스터는 컨테이너를 실제로 실행하지 않으므로 파드 로그가 없습니다. 이벤트와 상태는 "kubectl describe pod NAME"으로 확인하세요'],
    exec: ['the virtual cluster runs no containers, so there is nothing to exec into',
      '가상 클러스터는 컨테이너를 실제로 실행하지 않으므로 exec로 들어갈 수 없습니다'],
    edit: ['the simulated kubectl cannot open an editor; edit the YAML file and run "kubectl apply -f FILE", or use "kubectl set image" / "kubectl label"',
      '시뮬레이션 kubectl은 편집기를 열 수 없습니다. YAML 파일을 고친 뒤 "kubectl apply -f FILE"을 실행하거나 "kubectl set image", "kubectl label"을 쓰세요'],
  }[name];
  throw new KubectlError(ctx.t(notes[0], notes[1]));
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {for (let j = 1; j <= b.length; j++) {
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }}
  return d[a.length][b.length];
}

/** Runs one kubectl command line (with or without the leading word `kubectl`). Never throws. */
export function runKubectl(sim: Simulation, commandLine: string | string[], io: KubectlIO = {}): KubectlResult {
  if (typeof commandLine === 'string') {
    let stages: string[];
    try {
      stages = splitPipeline(commandLine);
    } catch (e) {
      const ctx = new Ctx(sim, io);
      ctx.fail(e as KubectlError);
      return ctx.result();
    }
    if (stages.length > 1) return runPipeline(sim, stages, io);
  }
  return runOne(sim, commandLine, io);
}

/** `kubectl ... | grep x | wc -l`: kubectl's stdout flows through the filters; its stderr and exit code are kept. */
function runPipeline(sim: Simulation, stages: string[], io: KubectlIO): KubectlResult {
  const r = runOne(sim, stages[0], io);
  let stdout = r.stdout;
  try {
    for (const stage of stages.slice(1)) stdout = runFilter(stage, stdout);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ...r, stdout: '', stderr: `${r.stderr}${msg}\n`, exitCode: 1 };
  }
  // a shell pipeline's status is its last command's: grep fails when it selects no line
  const last = stages[stages.length - 1].trim();
  return { ...r, stdout, exitCode: /^grep\b/.test(last) && stdout === '' ? 1 : 0 };
}

function runOne(sim: Simulation, commandLine: string | string[], io: KubectlIO): KubectlResult {
  const ctx = new Ctx(sim, io);
  try {
    const tokens = typeof commandLine === 'string' ? tokenize(commandLine) : [...commandLine];
    if (tokens[0] === 'kubectl') tokens.shift();
    // global flags before the command: kubectl -n kube-system get ds
    const lead: string[] = [];
    while (tokens.length && tokens[0].startsWith('-')) {
      const t = tokens.shift() as string;
      lead.push(t);
      if ((t === '-n' || t === '--namespace') && tokens.length) lead.push(tokens.shift() as string);
    }
    const name = tokens.shift();
    if (!name) {
      if (lead.includes('--version')) { runVersion(ctx, ['--client']); return ctx.result(); }
      runHelp(ctx);
      return ctx.result();
    }
    const cmd = commands[name];
    if (!cmd) {
      const near = Object.keys(commands).filter((c) => levenshtein(c, name) <= 2 || c.startsWith(name));
      throw new KubectlError(`unknown command "${name}" for "kubectl"${near.length ? `\n\nDid you mean this?\n${near.map((c) => `\t${c}`).join('\n')}` : ''}`, "Run 'kubectl --help' for usage.");
    }
    const rest = [...lead, ...tokens];
    if (rest.includes('--help') || rest.includes('-h')) { runHelp(ctx); return ctx.result(); }
    try {
      cmd.run(ctx, rest);
    } finally {
      if (cmd.mutates) sim.settle();
    }
  } catch (e) {
    if (e instanceof KubectlError) ctx.fail(e);
    else ctx.fail(`internal error in the simulated kubectl: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ctx.result();
}

function mustGet(sim: Simulation, name: string): DaemonSet {
  const ds = sim.getDaemonSet(name);
  if (!ds) throw new Error(`daemonsets.apps "${name}" not found`);
  return ds;
}

/** The `kubectl get ds` row of one DaemonSet with AGE removed, fields joined by single spaces (scenario `expect.kubectl.getDaemonSet`). */
export function getDaemonSetRow(sim: Simulation, name: string, wide = false): string {
  const cells = daemonSetRow(sim, mustGet(sim, name), wide);
  cells.splice(7, 1);
  return cells.join(' ');
}

/** The AGE column of `kubectl get ds NAME`. */
export function daemonSetAge(sim: Simulation, name: string): string {
  return ageOf(sim, mustGet(sim, name).metadata?.creationTimestamp);
}

/** The current message of `kubectl rollout status daemonset/NAME`, or its error (R58, R91). */
export function rolloutStatusMessage(sim: Simulation, name: string): { message?: string; error?: string } {
  const s = rolloutStatusOf(mustGet(sim, name));
  return s.error ? { error: s.error } : { message: s.message };
}

/** The exact stdout of `kubectl rollout history daemonset/NAME` (R75). */
export function rolloutHistoryText(sim: Simulation, name: string): string {
  return historyText(sim, mustGet(sim, name));
}

/** The stdout of `kubectl describe daemonset NAME` (R92). */
export function describeDaemonSet(sim: Simulation, name: string): string {
  return describeDaemonSetText(sim, mustGet(sim, name));
}
