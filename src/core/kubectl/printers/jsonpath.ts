/**
 * A subset of client-go's jsonpath, as `kubectl get -o jsonpath=...` and `-o custom-columns=...` use it:
 * literal text, {.a.b}, {.items[*].x}, [n], [start:end], ['key'], escaped dots (a\.b), filters [?(@.k=="v")],
 * {range ...}{end}, and quoted string literals ({"\n"}). Missing keys print nothing (allowMissingKeys).
 */
import { KubectlError } from '../parse';

type Node = { kind: 'text'; text: string } | { kind: 'path'; steps: Step[] } | { kind: 'range'; steps: Step[]; body: Node[] };
type Step = { kind: 'field'; name: string } | { kind: 'index'; from: number; to?: number; all?: boolean; slice?: boolean } | { kind: 'filter'; path: Step[]; op: string; value: string | number | boolean | undefined };

function parseSteps(expr: string, template: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const s = expr.trim();
  if (s === '@' || s === '$' || s === '.' || s === '') return steps;
  if (s[0] === '$' || s[0] === '@') i = 1;
  while (i < s.length) {
    if (s[i] === '.') {
      i++;
      let name = '';
      while (i < s.length && s[i] !== '.' && s[i] !== '[') {
        if (s[i] === '\\' && i + 1 < s.length) { name += s[i + 1]; i += 2; continue; }
        name += s[i++];
      }
      if (name === '*') steps.push({ kind: 'index', from: 0, all: true });
      else if (name) steps.push({ kind: 'field', name });
    } else if (s[i] === '[') {
      const end = s.indexOf(']', s[i + 1] === '?' ? s.indexOf(')', i) : i);
      if (end < 0) throw new KubectlError(`error parsing jsonpath ${template}, unterminated array`);
      const inner = s.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === '*') steps.push({ kind: 'index', from: 0, all: true });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ kind: 'field', name: inner.slice(1, -1) });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', from: Number(inner) });
      else if (/^-?\d*:-?\d*$/.test(inner)) {
        const [a, b] = inner.split(':');
        steps.push({ kind: 'index', from: a ? Number(a) : 0, to: b ? Number(b) : undefined, slice: true });
      } else if (inner.startsWith('?(') && inner.endsWith(')')) {
        const m = /^@((?:\.[^=!<>\s]+)+)\s*(==|!=)?\s*(.*)$/.exec(inner.slice(2, -1).trim());
        if (!m) throw new KubectlError(`error parsing jsonpath ${template}, unsupported filter ${inner}`);
        const raw = m[3].trim();
        const value = /^'.*'$|^".*"$/.test(raw) ? raw.slice(1, -1) : raw === 'true' ? true : raw === 'false' ? false : raw === '' ? undefined : Number(raw);
        steps.push({ kind: 'filter', path: parseSteps(m[1], template), op: m[2] ?? 'exists', value });
      } else throw new KubectlError(`error parsing jsonpath ${template}, unsupported array index ${inner}`);
    } else {
      throw new KubectlError(`error parsing jsonpath ${template}, unrecognized character in action: ${JSON.stringify(s[i])}`);
    }
  }
  return steps;
}

export function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) { stack[stack.length - 1].push({ kind: 'text', text: template.slice(i) }); break; }
    if (open > i) stack[stack.length - 1].push({ kind: 'text', text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close < 0) throw new KubectlError(`error parsing jsonpath ${template}, unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (/^".*"$|^'.*'$/.test(action)) {
      stack[stack.length - 1].push({ kind: 'text', text: unquote(action.slice(1, -1)) });
    } else if (action.startsWith('range ')) {
      const node: Node = { kind: 'range', steps: parseSteps(action.slice(6), template), body: [] };
      stack[stack.length - 1].push(node);
      stack.push(node.body);
    } else if (action === 'end') {
      if (stack.length === 1) throw new KubectlError(`error parsing jsonpath ${template}, not in range, nothing to end`);
      stack.pop();
    } else {
      stack[stack.length - 1].push({ kind: 'path', steps: parseSteps(action, template) });
    }
  }
  return root;
}

function findClose(t: string, open: number): number {
  let quote = '';
  for (let j = open + 1; j < t.length; j++) {
    const c = t[j];
    if (quote) { if (c === '\\') j++; else if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '}') return j;
  }
  return -1;
}

function unquote(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/** Evaluates path steps; returns every matching value. */
export function evalSteps(values: unknown[], steps: Step[]): unknown[] {
  let cur = values;
  for (const st of steps) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (st.kind === 'field') {
        if (v && typeof v === 'object' && !Array.isArray(v) && st.name in v) next.push((v as Record<string, unknown>)[st.name]);
      } else if (st.kind === 'index') {
        if (!Array.isArray(v)) { if (st.all && v && typeof v === 'object') next.push(...Object.values(v)); continue; }
        if (st.all) { next.push(...v); continue; }
        const n = v.length;
        const from = st.from < 0 ? n + st.from : st.from;
        if (!st.slice) { if (from >= 0 && from < n) next.push(v[from]); continue; }
        const to = st.to === undefined ? n : st.to < 0 ? n + st.to : st.to;
        next.push(...v.slice(from, to));
      } else {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) {
          const got = evalSteps([item], st.path);
          if (st.op === 'exists' ? got.length > 0 : st.op === '==' ? got.some((g) => g === st.value || String(g) === String(st.value)) : !got.some((g) => g === st.value || String(g) === String(st.value))) next.push(item);
        }
      }
    }
    cur = next;
  }
  return cur;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function exec(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'path') out += evalSteps([data], n.steps).map(show).join(' ');
    else for (const item of evalSteps([data], n.steps).flatMap((x) => (Array.isArray(x) ? x : [x]))) out += exec(n.body, item);
  }
  return out;
}

/** kubectl's JSONPath printer: the template applied to the object (or the List). */
export function printJsonPath(template: string, data: unknown): string {
  return exec(parseTemplate(template), data);
}

/** `-o custom-columns=NAME:.metadata.name,IMAGE:.spec...`: header row plus one row per object; `<none>` for missing values. */
export function customColumns(spec: string, objects: unknown[]): string[][] {
  const cols = spec.split(',').map((c) => {
    const colon = c.indexOf(':');
    if (colon <= 0) throw new KubectlError('unexpected custom-columns spec: ' + c + ', expected <header>:<json-path-expr>');
    const expr = c.slice(colon + 1).trim();
    return { header: c.slice(0, colon), steps: parseSteps(expr.replace(/^\{|\}$/g, ''), expr) };
  });
  return [cols.map((c) => c.header), ...objects.map((o) => cols.map((c) => {
    const vals = evalSteps([o], c.steps);
    return vals.length === 0 ? '<none>' : vals.map(show).join(',');
  }))];
}
