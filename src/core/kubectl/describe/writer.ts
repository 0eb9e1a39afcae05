/** describe.go's PrefixWriter, tabbedString (tabwriter minwidth 0, padding 2) and the shared multiline printers. */
import type { Simulation } from '../../sim/api';
import type { Toleration } from '../../model/types';
import { byteCompare } from '../labels';
import { humanDuration } from '../duration';
import { tabwrite } from '../tabwriter';

export class PrefixWriter {
  private readonly parts: string[] = [];
  write(level: number, text: string): void {
    this.parts.push('  '.repeat(level) + text);
  }
  toString(): string {
    return tabwrite(this.parts.join(''), 0, 2);
  }
}

/** printLabelsMultilineWithIndent. */
export function writeLabels(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort(byteCompare);
  if (keys.length === 0) { w.write(0, '<none>\n'); return; }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    w.write(0, `${k}=${(labels as Record<string, string>)[k]}\n`);
  });
}

const maxAnnotationLen = 140;

/** printAnnotationsMultiline (skips kubectl.kubernetes.io/last-applied-configuration). */
export function writeAnnotations(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration').sort(byteCompare);
  if (keys.length === 0) { w.write(0, '<none>\n'); return; }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = (annotations as Record<string, string>)[k].replace(/\n$/, '');
    if (value.length + k.length + 2 > maxAnnotationLen || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > maxAnnotationLen - 2 ? s.slice(0, maxAnnotationLen - 5) + '...' : s}\n`);
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

/** printTolerationsMultilineWithIndent (sorted by key as describe prints them). */
export function writeTolerations(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  if (list.length === 0) { w.write(0, '<none>\n'); return; }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds != null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, s + '\n');
  });
}

/** DescribeEvents for one involved object, from the simulation's event log (identical events aggregated as the recorder does). */
export function writeEvents(w: PrefixWriter, sim: Simulation, kind: string, name: string): void {
  const groups = new Map<string, { type: string; reason: string; message: string; source: string; first: number; last: number; count: number }>();
  for (const e of sim.events()) {
    if (e.involvedObject.kind !== kind || e.involvedObject.name !== name) continue;
    const key = [e.type, e.reason, e.message, e.source].join('\u0000');
    const g = groups.get(key);
    if (g) { g.count++; g.last = Math.max(g.last, e.time); g.first = Math.min(g.first, e.time); } else {
      groups.set(key, { type: e.type, reason: e.reason, message: e.message, source: e.source, first: e.time, last: e.time, count: 1 });
    }
  }
  if (groups.size === 0) { w.write(0, 'Events:\t<none>\n'); return; }
  const list = [...groups.values()].sort((a, b) => a.last - b.last);
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  const now = sim.now();
  for (const e of list) {
    const first = humanDuration(now - e.first);
    const interval = e.count > 1 ? `${humanDuration(now - e.last)} (x${e.count} over ${first})` : first;
    w.write(1, `${e.type}\t${e.reason}\t${interval}\t${e.source}\t${e.message.trim()}\n`);
  }
}
