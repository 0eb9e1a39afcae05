/**
 * Checks a DaemonSet document's tree against the generated v1.30 schema (src/core/schema): unknown fields with
 * "did you mean", wrong types and missing required fields, at the exact key or value.
 */
import { type SchemaNode, schemaChild, schemaRoot } from '../schema';
import type { Lang, ProblemCode } from './problemCodes';
import { problemMessage } from './problemCodes';
import type { Span, YNode } from './yamlAst';

export interface RawProblem { code: ProblemCode; span: Span; path: string; message: string; data?: Record<string, string> }

const typeNames: Record<string, [string, string]> = {
  string: ['a string', '문자열'], integer: ['an integer', '정수'], number: ['a number', '숫자'], boolean: ['true or false', 'true 또는 false'],
  object: ['a mapping (key: value)', '매핑(key: value)'], map: ['a mapping (key: value)', '매핑(key: value)'], array: ['a list (- item)', '목록(- 항목)'],
  'int-or-string': ['an integer or a percentage string', '정수 또는 백분율 문자열'], quantity: ['a quantity such as 100m or 128Mi', '100m, 128Mi 같은 수량'],
};

function actualType(n: YNode): string {
  if (n.kind === 'map') return 'object';
  if (n.kind === 'seq') return 'array';
  if (n.kind === 'scalar') {
    if (typeof n.value === 'number') return Number.isInteger(n.value) ? 'integer' : 'number';
    if (typeof n.value === 'boolean') return 'boolean';
    return 'string';
  }
  return 'null';
}

function accepts(s: SchemaNode, n: YNode): boolean {
  const a = actualType(n);
  switch (s.t) {
    case 'any': return true;
    case 'object': case 'map': return a === 'object';
    case 'array': return a === 'array';
    case 'string': return a === 'string';
    case 'integer': return a === 'integer';
    case 'number': return a === 'integer' || a === 'number';
    case 'boolean': return a === 'boolean';
    case 'int-or-string': return a === 'integer' || a === 'string';
    case 'quantity': return a === 'integer' || a === 'number' || a === 'string';
  }
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** The closest known name (case-insensitive match first, then edit distance ≤ 2 or ≤ a third of the length). */
export function didYouMean(name: string, known: string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestD) { bestD = d; best = k; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** Walks the document; `lang` picks the message language. */
export function checkSchema(root: YNode, lang: Lang): RawProblem[] {
  const out: RawProblem[] = [];
  walk(root, schemaRoot(), '', 'DaemonSet', undefined, out, lang);
  return out;
}

function walk(n: YNode, s: SchemaNode, path: string, parentName: string, keySpan: Span | undefined, out: RawProblem[], lang: Lang): void {
  if (n.kind === 'null' || n.kind === 'alias') return;
  if (!accepts(s, n)) {
    const [en, ko] = typeNames[s.t] ?? [s.t, s.t];
    const a = actualType(n);
    const [aen, ako] = typeNames[a] ?? [a, a];
    const quoteHint = s.t === 'string' && n.kind === 'scalar';
    out.push({
      code: 'wrong-type', span: n.span, path,
      message: problemMessage('wrong-type', lang, {
        field: path || 'the document', expected: en, actual: aen, expectedKo: ko, actualKo: ako,
        hint: quoteHint ? ` — quote it: "${String(n.value)}"` : '', hintKo: quoteHint ? ` — 따옴표로 감싸세요: "${String(n.value)}"` : '',
      }),
      data: { expected: s.t },
    });
    return;
  }
  if (n.kind === 'map' && s.t === 'object') {
    const props = Object.keys(s.p ?? {});
    for (const e of n.entries) {
      const childPath = path ? `${path}.${e.key}` : e.key;
      const cs = schemaChild(s, e.key);
      if (!cs) {
        if (s.open) continue;
        if (childPath === 'spec.replicas') {
          out.push({ code: 'replicas-not-allowed', span: e.keySpan, path: childPath, message: problemMessage('replicas-not-allowed', lang) });
          continue;
        }
        const suggestion = didYouMean(e.key, props);
        out.push({ code: 'unknown-field', span: e.keySpan, path: childPath, message: problemMessage('unknown-field', lang, { field: e.key, parent: path || parentName, suggestion: suggestion ?? '' }), data: suggestion ? { suggestion } : undefined });
        continue;
      }
      walk(e.value, cs, childPath, e.key, e.keySpan, out, lang);
    }
    for (const req of s.r ?? []) {
      if (!n.entries.some((e) => e.key === req)) {
        out.push({ code: 'missing-required', span: keySpan ?? { start: n.span.start, end: n.span.start }, path: path ? `${path}.${req}` : req, message: problemMessage('missing-required', lang, { field: req, parent: path || parentName }) });
      }
    }
  } else if (n.kind === 'map' && s.t === 'map') {
    const vs = schemaChild(s, '');
    if (vs) for (const e of n.entries) walk(e.value, vs, `${path}[${e.key}]`, e.key, e.keySpan, out, lang);
  } else if (n.kind === 'seq' && s.t === 'array') {
    const is = schemaChild(s, 0);
    if (is) n.items.forEach((item, i) => walk(item, is, `${path}[${i}]`, parentName, item.span, out, lang));
  }
}
