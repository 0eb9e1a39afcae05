/** DOM-free helpers of the panel (filtering, virtual-list window, labels); unit-tested in plain Node. */
import type { CellView, DaemonSetView, NodeView, PodView, TaintView } from '../protocol/messages';

export const rowHeight = 60;
export const revisionColours = 6;

/** Indices of the nodes whose name, role, labels or taints contain every word of `filter` (case-insensitive). */
export function filterNodes(nodes: readonly NodeView[], filter: string): number[] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const out: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (words.length === 0) { out.push(i); continue; }
    const hay = `${n.name} ${n.role} ${n.labels.map(([k, v]) => `${k}=${v}`).join(' ')} ${n.taints.map(taintLabel).join(' ')}${n.unschedulable ? ' cordoned' : ''}${n.ready !== 'True' ? ' notready' : ''}`.toLowerCase();
    if (words.every((w) => hay.includes(w))) out.push(i);
  }
  return out;
}

/** The name the Add node field suggests (and takes when left empty): the first free worker-N after the highest one. */
export function nextWorkerName(nodes: readonly NodeView[]): string {
  let max = 0;
  for (const n of nodes) {
    const m = /^worker-(\d+)$/.exec(n.name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  const taken = new Set(nodes.map((n) => n.name));
  let i = max + 1;
  while (taken.has(`worker-${i}`)) i++;
  return `worker-${i}`;
}

/** The rows to draw for a scroll position: [first, end) with `overscan` extra rows on each side. */
export function visibleWindow(scrollTop: number, viewportHeight: number, count: number, overscan = 6): { first: number; end: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}

/** The scrollTop that brings row `index` into view (unchanged when it already is). */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}

export function taintLabel(t: TaintView): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

/** CSS class of a revision's colour: revision 1 is rev-0 (blue), then the palette cycles. */
export function revisionClass(rev: number): string {
  return `rev-${(((rev - 1) % revisionColours) + revisionColours) % revisionColours}`;
}

/** Rollout progress of one DaemonSet: the share of desired nodes whose pod is up to date and available. */
export function rolloutProgress(ds: DaemonSetView): { value: number; max: number; complete: boolean } {
  const max = ds.desired;
  const value = Math.min(ds.upToDate, max);
  const complete = ds.upToDate === ds.desired && ds.available === ds.desired && ds.current === ds.desired && ds.misscheduled === 0;
  return { value, max, complete };
}

/** The codicon of a pod: ready, pending, terminating, failed or not ready. */
export function podIcon(p: PodView): string {
  if (p.terminating) return 'trash';
  if (p.phase === 'Failed') return 'error';
  if (p.phase === 'Pending') return 'clock';
  if (p.phase === 'Succeeded') return 'pass';
  return p.ready ? 'check' : 'circle-large-outline';
}

/** A sentence for screen readers describing one pod. */
export function podDescription(p: PodView, s: (key: string) => string): string {
  const parts = [p.name, p.terminating ? s('Terminating') : p.phase, p.ready ? s('ready') : s('not ready'), `${s('revision')} ${p.rev}`, p.updated ? s('up to date') : s('old revision')];
  return parts.join(', ');
}

/** The short text of a cell in the node list: pods, or the first reason. */
export function cellSummary(cell: CellView, s: (key: string) => string): string {
  if (cell.pods.length) return cell.pods.map((p) => `${p.terminating ? s('Terminating') : p.phase} r${p.rev}`).join(', ');
  return cell.reasons?.[0] ?? s('no pod');
}
