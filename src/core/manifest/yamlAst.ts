/**
 * The only file that touches the `yaml` package's node API. It turns each YAML document into a plain tree with
 * character offsets ({start, end}) so the rest of core/manifest never depends on yaml's classes (anchors.md A3).
 * Documents in plain block YAML are read by fastYaml.readSimpleDocument, which gives the same tree faster.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseAllDocuments, type YAMLError } from 'yaml';
import { readSimpleDocument } from './fastYaml';

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

function spanOf(node: Node | null | undefined, fallback: Span, offset: number): Span {
  const r = node?.range;
  return r ? { start: r[0] + offset, end: r[1] + offset } : fallback;
}

function convert(node: unknown, fallback: Span, offset: number): YNode {
  if (node == null) return { kind: 'null', span: fallback };
  const n = node as Node;
  const span = spanOf(n, fallback, offset);
  if (isMap(n)) {
    const entries: YEntry[] = [];
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keySpan = spanOf(keyNode, span, offset);
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      entries.push({ key, keySpan, value: convert(pair.value, { start: keySpan.end, end: keySpan.end }, offset) });
    }
    return { kind: 'map', span, entries };
  }
  if (isSeq(n)) return { kind: 'seq', span, items: n.items.map((it) => convert(it, span, offset)) };
  if (isScalar(n)) {
    if (n.value === null) return { kind: 'null', span };
    return { kind: 'scalar', span, value: n.value, quoted: n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' };
  }
  if (isAlias(n)) return { kind: 'alias', span };
  return { kind: 'null', span };
}

function problem(e: YAMLError, offset: number): YamlProblem {
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { span: { start: e.pos[0] + offset, end: Math.max(e.pos[1], e.pos[0] + 1) + offset }, kind: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', message };
}

const marker = /^---(?=[ \t\r\n]|$)/gm;

export interface DocumentSlice { start: number; text: string }

/** The documents of a text, cut at the `---` lines (each slice starts with its marker), or undefined when the text
 * has directives or document-end markers, where cutting could change what a document means. */
export function splitYamlDocuments(text: string): DocumentSlice[] | undefined {
  if (/^(%|\.\.\.(?=[ \t\r\n]|$))/m.test(text)) return undefined;
  const starts = [0];
  for (const m of text.matchAll(marker)) if (m.index > 0) starts.push(m.index);
  return starts.map((start, i) => ({ start, text: text.slice(start, starts[i + 1] ?? text.length) }));
}

/**
 * Parses every document of the text; never throws. Each document in plain block YAML is read by the fast reader;
 * the others by `yaml`, one document at a time; when `yaml` finds a problem in one (an open quote may run past a
 * `---`, an error may be told in another document), the whole text is read by `yaml` at once. The result is what
 * parseWithYaml(text) gives.
 */
export function parseYamlDocuments(text: string): YDoc[] {
  const slices = splitYamlDocuments(text);
  if (!slices) return parseWithYaml(text);
  const out: YDoc[] = [];
  // Comment lines before the first `---` belong to the document it starts.
  const starts = slices.map((s) => s.start);
  if (starts.length > 1 && /^(?:[ ]*(?:#[^\n]*)?\n)*[ ]*(?:#[^\n]*)?$/.test(slices[0].text)) starts.splice(1, 1);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = starts[i + 1] ?? text.length;
    const fast = readSimpleDocument(text, from, to);
    if (fast) { out.push(fast); continue; }
    // With the next document's `---` line, as where a document ends can depend on what follows it.
    const upTo = to < text.length ? (text.indexOf('\n', to) + 1 || text.length) : to;
    const docs = parseWithYaml(text.slice(from, upTo), from);
    if (docs.length === (upTo > to ? 2 : 1) && docs.every((d) => d.problems.length === 0)) { out.push(docs[0]); continue; }
    return parseWithYaml(text);
  }
  return out;
}

/** Every document of the text as the `yaml` package reads it, with offsets moved by `offset`; never throws. */
export function parseWithYaml(text: string, offset = 0): YDoc[] {
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, logLevel: 'error' });
  } catch {
    return [{ span: { start: offset, end: offset + text.length }, root: undefined, value: undefined, problems: [{ span: { start: offset, end: offset + Math.min(1, text.length) }, kind: 'yaml-syntax', message: 'unreadable YAML' }] }];
  }
  const list = Array.isArray(docs) ? docs : [];
  return list.map((d) => {
    const span = { start: d.range[0] + offset, end: d.range[2] + offset };
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount: 100 });
    } catch {
      value = undefined;
    }
    const root = d.contents ? convert(d.contents, span, offset) : undefined;
    return { span, root, value, problems: [...d.errors.map((e) => problem(e, offset))] };
  });
}
