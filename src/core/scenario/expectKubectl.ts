/** `expect.kubectl.*`: rows, ages, rollout status/history and describe text through the simulated kubectl. */
import type { ExpectContext, Failure } from './context';
import { daemonSetAge, describeDaemonSet, getDaemonSetRow, rolloutHistoryText, rolloutStatusMessage } from '../kubectl/index';

type Rec = Record<string, unknown>;
const trimEnd = (s: string) => s.replace(/\n+$/, '');

function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `<error: ${e instanceof Error ? e.message : String(e)}>`;
  }
}

/** Error text without kubectl's `error: ` prefix, for comparison with scenario expectations that omit it. */
function sameError(got: string, want: string): boolean {
  const g = trimEnd(got);
  const w = trimEnd(want);
  return g === w || g.replace(/^error: /, '') === w.replace(/^error: /, '');
}

export function checkKubectl(ctx: ExpectContext, k: Rec, out: Failure[]): void {
  const { sim } = ctx;
  const each = (key: string, f: (ds: string, want: unknown) => void) => {
    for (const [ds, want] of Object.entries((k[key] ?? {}) as Rec)) f(ds, want);
  };
  each('getDaemonSet', (ds, want) => {
    const got = attempt(() => getDaemonSetRow(sim, ds, false).replace(/\s+/g, ' ').trim());
    if (got !== want) out.push({ key: `kubectl.getDaemonSet.${ds}`, expected: want, observed: got });
  });
  each('getDaemonSetWide', (ds, want) => {
    const got = attempt(() => getDaemonSetRow(sim, ds, true).replace(/\s+/g, ' ').trim());
    if (got !== want) out.push({ key: `kubectl.getDaemonSetWide.${ds}`, expected: want, observed: got });
  });
  each('age', (ds, want) => {
    const got = attempt(() => daemonSetAge(sim, ds));
    if (got !== String(want)) out.push({ key: `kubectl.age.${ds}`, expected: want, observed: got });
  });
  each('rolloutStatus', (ds, want) => {
    const got = attempt(() => { const r = rolloutStatusMessage(sim, ds); return r.message ?? `<error: ${r.error}>`; });
    if (trimEnd(got) !== trimEnd(String(want))) out.push({ key: `kubectl.rolloutStatus.${ds}`, expected: want, observed: got });
  });
  each('rolloutStatusError', (ds, want) => {
    const got = attempt(() => { const r = rolloutStatusMessage(sim, ds); return r.error ?? `<no error: ${r.message}>`; });
    if (!sameError(got, String(want))) out.push({ key: `kubectl.rolloutStatusError.${ds}`, expected: want, observed: got });
  });
  each('rolloutHistory', (ds, want) => {
    const got = attempt(() => rolloutHistoryText(sim, ds));
    if (trimEnd(got) !== trimEnd(String(want))) out.push({ key: `kubectl.rolloutHistory.${ds}`, expected: want, observed: got });
  });
  each('describeContains', (ds, want) => {
    const text = attempt(() => describeDaemonSet(sim, ds));
    for (const s of (want as string[]) ?? []) if (!text.includes(s)) out.push({ key: `kubectl.describeContains.${ds}`, expected: s, observed: text });
  });
  const last = ctx.lastKubectl;
  if (k.output !== undefined) {
    const got = last?.stdout ?? '';
    if (trimEnd(got) !== trimEnd(String(k.output))) out.push({ key: 'kubectl.output', expected: k.output, observed: last ? got || `<stderr: ${last.stderr}>` : 'no kubectl action' });
  }
  if (k.error !== undefined) {
    const got = last?.stderr ?? '';
    if (!sameError(got, String(k.error))) out.push({ key: 'kubectl.error', expected: k.error, observed: last ? got || `<stdout: ${last.stdout}>` : 'no kubectl action' });
  }
  for (const s of (k.outputContains as string[] | undefined) ?? []) {
    const text = `${last?.stdout ?? ''}${last?.stderr ?? ''}`;
    if (!text.includes(s)) out.push({ key: 'kubectl.outputContains', expected: s, observed: text });
  }
}
