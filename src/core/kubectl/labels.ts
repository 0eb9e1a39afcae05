/** Label formatting and label-selector parsing/matching as apimachinery's labels package does it. */
import type { LabelSelector } from '../model/types';
import { KubectlError } from './parse';

/** labels.FormatLabels: sorted `k=v` joined by `,`, or `<none>`. */
export function formatLabels(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort(byteCompare);
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(m as Record<string, string>)[k]}`).join(',');
}

export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type Operator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!';

export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

/** metav1.LabelSelectorAsSelector(...).String(); `<none>` for an empty selector (FormatLabelSelector). */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, op: '=', values: [v] });
  for (const e of sel.matchExpressions ?? []) {
    const op: Operator = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!';
    reqs.push({ key: e.key, op, values: [...(e.values ?? [])] });
  }
  const s = selectorString(reqs);
  return s === '' ? '<none>' : s;
}

export function selectorString(reqs: Requirement[]): string {
  return [...reqs]
    .sort((a, b) => byteCompare(a.key, b.key))
    .map((r) => {
      const vals = [...r.values].sort(byteCompare);
      switch (r.op) {
        case 'in': return `${r.key} in (${vals.join(',')})`;
        case 'notin': return `${r.key} notin (${vals.join(',')})`;
        case 'exists': return r.key;
        case '!': return `!${r.key}`;
        default: return `${r.key}${r.op}${vals[0]}`;
      }
    })
    .join(',');
}

/** labels.Parse for `-l`: `a=b,c!=d,e in (x,y),f notin (z),g,!h`. */
export function parseSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  let i = 0;
  const s = text;
  const skipWs = () => { while (i < s.length && s[i] === ' ') i++; };
  const readIdent = (): string => {
    const m = /^[A-Za-z0-9._\-/]+/.exec(s.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  const fail = (): never => { throw new KubectlError(`unable to parse requirement: found '${s.slice(i, i + 1) || 'EOS'}', expected: identifier`); };
  while (i < s.length) {
    skipWs();
    let negate = false;
    if (s[i] === '!') { negate = true; i++; skipWs(); }
    const key = readIdent();
    if (!key) fail();
    skipWs();
    if (negate) {
      reqs.push({ key, op: '!', values: [] });
    } else if (i >= s.length || s[i] === ',') {
      reqs.push({ key, op: 'exists', values: [] });
    } else if (s.startsWith('==', i) || s.startsWith('!=', i) || s[i] === '=') {
      const op: Operator = s.startsWith('==', i) ? '==' : s.startsWith('!=', i) ? '!=' : '=';
      i += op.length;
      skipWs();
      const v = /^[A-Za-z0-9._-]*/.exec(s.slice(i))?.[0] ?? '';
      i += v.length;
      reqs.push({ key, op, values: [v] });
    } else if (/^(in|notin)\s*\(/.test(s.slice(i))) {
      const op: Operator = s.startsWith('notin', i) ? 'notin' : 'in';
      i = s.indexOf('(', i) + 1;
      const end = s.indexOf(')', i);
      if (end < 0) throw new KubectlError(`unable to parse requirement: found 'EOS', expected: ')'`);
      const values = s.slice(i, end).split(',').map((v) => v.trim()).filter((v) => v !== '');
      i = end + 1;
      reqs.push({ key, op, values });
    } else {
      throw new KubectlError(`unable to parse requirement: found '${s[i]}', expected: '=', '!=', '==', 'in', notin'`);
    }
    skipWs();
    if (i < s.length) {
      if (s[i] !== ',') fail();
      i++;
    }
  }
  return reqs;
}

export function matches(reqs: Requirement[], labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case '=': case '==': return has && l[r.key] === r.values[0];
      case '!=': return !has || l[r.key] !== r.values[0];
      case 'in': return has && r.values.includes(l[r.key]);
      case 'notin': return !has || !r.values.includes(l[r.key]);
      case 'exists': return has;
      case '!': return !has;
    }
  });
}
