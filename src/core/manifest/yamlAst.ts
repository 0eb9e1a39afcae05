/**
 * The only file that touches the `yaml` package's node API. It turns each YAML document into a plain tree with
 * character offsets ({start, end}) so the rest of core/manifest never depends on yaml's classes (anchors.md A3).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseAllDocuments, type YAMLError } from 'yaml';

/** Character offsets into the file text: [start, end). */
export interface Span { start: number; end: number }

export type YNode =
  | { kind: 'map'; span: Span; entries: YEntry[] }
  | { kind: 'seq'; span: Span; items: YNode[] }
  | { kind: 'scalar'; span: Span; value: unknown; quoted: boolean }
  | { kind: 'null'; span: Span }
  | { kind: 'alias'; span: Span };

export interface YEntry { key: string; keySpan: Span; value: YNode }

export interface YamlProblem { span: Span; kind: 'yaml-syntax' | 'duplicate-key'; message: string }

/** One document of a (possibly multi-document) file. */
export interface YDoc {
  span: Span;
  root: YNode | undefined;
  /** The document as plain JSON (`toJS`); undefined when it failed to convert. */
  value: unknown;
  problems: YamlProblem[];
}

function spanOf(node: Node | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

function convert(node: unknown, fallback: Span): YNode {
  if (node == null) return { kind: 'null', span: fallback };
  const n = node as Node;
  const span = spanOf(n, fallback);
  if (isMap(n)) {
    const entries: YEntry[] = [];
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keySpan = spanOf(keyNode, span);
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      entries.push({ key, keySpan, value: convert(pair.value, { start: keySpan.end, end: keySpan.end }) });
    }
    return { kind: 'map', span, entries };
  }
  if (isSeq(n)) return { kind: 'seq', span, items: n.items.map((it) => convert(it, span)) };
  if (isScalar(n)) {
    if (n.value === null) return { kind: 'null', span };
    return { kind: 'scalar', span, value: n.value, quoted: n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' };
  }
  if (isAlias(n)) return { kind: 'alias', span };
  return { kind: 'null', span };
}

function problem(e: YAMLError): YamlProblem {
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) }, kind: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', message };
}

/** Parses every document of the text; never throws. */
export function parseYamlDocuments(text: string): YDoc[] {
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, logLevel: 'error' });
  } catch {
    return [{ span: { start: 0, end: text.length }, root: undefined, value: undefined, problems: [{ span: { start: 0, end: Math.min(1, text.length) }, kind: 'yaml-syntax', message: 'unreadable YAML' }] }];
  }
  const list = Array.isArray(docs) ? docs : [];
  return list.map((d) => {
    const span = { start: d.range[0], end: d.range[2] };
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount: 100 });
    } catch {
      value = undefined;
    }
    const root = d.contents ? convert(d.contents, span) : undefined;
    return { span, root, value, problems: [...d.errors.map(problem)] };
  });
}
