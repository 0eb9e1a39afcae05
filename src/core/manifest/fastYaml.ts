/**
 * A fast reader for the plain block YAML that Kubernetes manifests are written in: block mappings and sequences,
 * one-line plain and quoted scalars, one-line flow collections ([a, b], {k: v}) and comments. It gives exactly the
 * YDoc that the `yaml` package gives (yamlAst.parseWithYaml: the same spans, the same core-schema values) or
 * undefined for anything else (anchors, tags, block scalars, multi-line scalars, escapes, tabs, odd indentation,
 * duplicate keys, anything `yaml` would report): the caller then asks `yaml`. Lines may end in LF or CRLF. A unit
 * test compares both readers on the fixtures, the lessons and tens of thousands of mutated manifests.
 *
 * Why: the `yaml` package's full parse (lexer, CST, document, then JS) is what a full validation of a large file
 * spends its time in; this reader touches each character about once.
 */
import type { Span, YDoc, YEntry, YNode } from './yamlAst';

/** Thrown (never escapes readSimpleDocument) when the text leaves the subset. */
const UNSUPPORTED = { unsupported: true };

function unsupported(): never {
  throw UNSUPPORTED;
}

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of its first non-space character. */
  content: number;
  /** Offset of the line's end (its newline, or the end of the document). */
  end: number;
  /** Offset of the next line (after the newline). */
  next: number;
  /** The largest indentation of the comment lines between the previous content line and this one (-1: none). */
  commentsBefore: number;
}

const SPACE = 0x20, HASH = 0x23, DASH = 0x2d, COLON = 0x3a, DQUOTE = 0x22, SQUOTE = 0x27, COMMA = 0x2c;
const LBRACKET = 0x5b, RBRACKET = 0x5d, LBRACE = 0x7b, RBRACE = 0x7d, NEWLINE = 0x0a;

/** Characters a plain scalar cannot start with (YAML c-indicator), apart from - ? : followed by a non-space. */
function isIndicatorStart(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  switch (c) {
    case DASH: case 0x3f /* ? */: case COLON: {
      const n = p + 1 < end ? text.charCodeAt(p + 1) : SPACE;
      return n === SPACE;
    }
    case COMMA: case LBRACKET: case RBRACKET: case LBRACE: case RBRACE: case HASH: case 0x26 /* & */: case 0x2a /* * */:
    case 0x21 /* ! */: case 0x7c /* | */: case 0x3e /* > */: case SQUOTE: case DQUOTE: case 0x25 /* % */: case 0x40 /* @ */:
    case 0x60 /* ` */:
      return true;
    default:
      return false;
  }
}

const nullRe = /^(?:~|[Nn]ull|NULL)$/;
const boolRe = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octRe = /^0o[0-7]+$/;
const intRe = /^[-+]?[0-9]+$/;
const hexRe = /^0x[0-9a-fA-F]+$/;
const nanRe = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const expRe = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatRe = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it (its tag order). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these can start a null, bool or number: ~ n N t T f F digits + - .
  if (!(c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e)) return s;
  if (nullRe.test(s)) return null;
  if (boolRe.test(s)) return s[0] === 't' || s[0] === 'T';
  if (octRe.test(s)) return parseInt(s.substring(2), 8);
  if (intRe.test(s)) return parseInt(s, 10);
  if (hexRe.test(s)) return parseInt(s.substring(2), 16);
  if (nanRe.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (expRe.test(s) || floatRe.test(s)) return parseFloat(s);
  return s;
}

/** A node, its JS value and where `yaml`'s range for it ends (range[2]: after the newline of a value's line). */
interface Parsed { node: YNode; value: unknown; end: number }

class Reader {
  private li = 0;

  constructor(private readonly text: string, private readonly lines: Line[], private readonly trailingComments: number) {}

  /** The comments after the last line read: `yaml` counts those indented more than a collection as part of it. */
  private commentsAfter(): number {
    const next = this.lines[this.li];
    return next ? next.commentsBefore : this.trailingComments;
  }

  /** The whole document: one block node from the first content line, and nothing left over. */
  document(): Parsed {
    const first = this.lines[0];
    const parsed = this.block(first.content - first.start);
    if (this.li !== this.lines.length) unsupported();
    // A document ending in an empty value ends there for `yaml`, not at its line's end: left to `yaml`.
    if (parsed.end !== this.lines[this.lines.length - 1].next) unsupported();
    return parsed;
  }

  private col(l: Line): number {
    return l.content - l.start;
  }

  /** Whether a block sequence entry (`-` then a space or the line's end) starts at p. */
  private dashAt(p: number, end: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 >= end || this.text.charCodeAt(p + 1) === SPACE);
  }

  private isSeqItem(l: Line): boolean {
    return this.dashAt(l.content, l.end);
  }

  /** A block node whose first line (lines[li]) is indented by col. */
  private block(col: number): Parsed {
    const l = this.lines[this.li];
    if (this.col(l) !== col) unsupported();
    return this.isSeqItem(l) ? this.seq(col) : this.map(l.content, col);
  }

  /** The value after `key:` or `-` at offset p of line lines[li] (an item or entry at column col). */
  private valueAfter(p: number, col: number, sameIndentSeq: boolean): Parsed {
    const text = this.text;
    const l = this.lines[this.li];
    while (p < l.end && text.charCodeAt(p) === SPACE) p++;
    if (p >= l.end || text.charCodeAt(p) === HASH) {
      // Nothing on this line: a block node on the next lines, or null here.
      this.li++;
      const next = this.lines[this.li];
      if (next) {
        const c = this.col(next);
        if (c > col) return this.block(c);
        if (c === col && sameIndentSeq && this.isSeqItem(next)) return this.seq(col);
      }
      // `yaml` stretches an empty value over the comments after it: left to `yaml`.
      if (p < l.end || this.commentsAfter() >= 0) unsupported();
      return { node: { kind: 'null', span: { start: p, end: p } }, value: null, end: p };
    }
    const parsed = this.inline(p, l.end);
    this.li++;
    const next = this.lines[this.li];
    // A more indented line after a value on its own line continues it (a multi-line scalar) or is an error.
    if (next && this.col(next) > col) unsupported();
    return { ...parsed, end: l.next };
  }

  private map(firstKey: number, col: number): Parsed {
    const text = this.text;
    const entries: YEntry[] = [];
    const value: Record<string, unknown> = {};
    let keyAt = firstKey;
    let end = firstKey;
    for (;;) {
      const l = this.lines[this.li];
      const { key, keySpan, after } = this.key(keyAt, l.end);
      if (Object.prototype.hasOwnProperty.call(value, key)) unsupported();
      if (after < l.end && text.charCodeAt(after) !== SPACE) unsupported();
      const v = this.valueAfter(after, col, true);
      entries.push({ key, keySpan, value: v.node });
      value[key] = v.value;
      end = v.end;
      const next = this.lines[this.li];
      if (!next || this.col(next) < col) {
        if (this.commentsAfter() > col) unsupported();
        break;
      }
      if (this.col(next) > col || this.isSeqItem(next)) unsupported();
      keyAt = next.content;
    }
    return { node: { kind: 'map', span: { start: firstKey, end }, entries }, value, end };
  }

  private seq(col: number): Parsed {
    const text = this.text;
    const items: YNode[] = [];
    const values: unknown[] = [];
    const start = this.lines[this.li].content;
    let end = start;
    for (;;) {
      const l = this.lines[this.li];
      let p = l.content + 1;
      while (p < l.end && text.charCodeAt(p) === SPACE) p++;
      let item: Parsed;
      if (p < l.end && text.charCodeAt(p) !== HASH && this.startsKey(p, l.end)) item = this.map(p, p - l.start);
      else if (p < l.end && this.dashAt(p, l.end)) unsupported();
      else item = this.valueAfter(l.content + 1, col, false);
      items.push(item.node);
      values.push(item.value);
      end = item.end;
      const next = this.lines[this.li];
      if (next && this.col(next) > col) unsupported();
      // The list ends before a less indented line or, at its own indent, a mapping's next key (`key:\n- a\nnext: b`).
      if (!next || this.col(next) < col || !this.isSeqItem(next)) {
        if (this.commentsAfter() > col) unsupported();
        break;
      }
    }
    return { node: { kind: 'seq', span: { start, end }, items }, value: values, end };
  }

  /**
   * A plain scalar's extent on its line from p: `stop`, where a comment (` #`) or the line's end cuts it, and
   * `colon`, the first `:` before stop followed by a space or the line's end (the end of a mapping key), or -1.
   */
  private scanPlain(p: number, end: number): { colon: number; stop: number } {
    const text = this.text;
    let colon = -1;
    for (let i = p; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && colon < 0 && (i + 1 >= end || text.charCodeAt(i + 1) === SPACE)) colon = i;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return { colon, stop: i };
    }
    return { colon, stop: end };
  }

  /** Whether a mapping key (plain or quoted, then `:` and a space or the line's end) starts at p. */
  private startsKey(p: number, end: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quotedEnd(p, end);
      return q < end && text.charCodeAt(q) === COLON && (q + 1 >= end || text.charCodeAt(q + 1) === SPACE);
    }
    return !isIndicatorStart(text, p, end) && this.scanPlain(p, end).colon >= 0;
  }

  /** A mapping key at p: its text, span and the offset after its colon. */
  private key(p: number, end: number): { key: string; keySpan: Span; after: number } {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quotedEnd(p, end);
      if (q >= end || text.charCodeAt(q) !== COLON) unsupported();
      const key = this.quotedValue(p, q);
      if (key === '__proto__' || key === '<<') unsupported();
      return { key, keySpan: { start: p, end: q }, after: q + 1 };
    }
    if (isIndicatorStart(text, p, end)) unsupported();
    const i = this.scanPlain(p, end).colon;
    if (i < 0 || text.charCodeAt(i - 1) === SPACE) unsupported();
    const key = text.slice(p, i);
    if (resolvePlain(key) !== key || key === '__proto__' || key === '<<') unsupported();
    return { key, keySpan: { start: p, end: i }, after: i + 1 };
  }

  /** Offset after the closing quote of the one-line quoted scalar at p (unsupported when it does not close). */
  private quotedEnd(p: number, end: number): number {
    const text = this.text;
    const q = text.charCodeAt(p);
    for (let i = p + 1; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (q === DQUOTE && ch === 0x5c /* \ */) unsupported();
      if (ch === q) {
        if (q === SQUOTE && i + 1 < end && text.charCodeAt(i + 1) === SQUOTE) { i++; continue; }
        return i + 1;
      }
    }
    return unsupported();
  }

  private quotedValue(p: number, q: number): string {
    const inner = this.text.slice(p + 1, q - 1);
    return this.text.charCodeAt(p) === SQUOTE ? inner.replace(/''/g, "'") : inner;
  }

  /** The one-line quoted scalar at p and the offset after it. */
  private quoted(p: number, end: number): { parsed: Parsed; after: number } {
    const after = this.quotedEnd(p, end);
    const v = this.quotedValue(p, after);
    return { parsed: { node: { kind: 'scalar', span: { start: p, end: after }, value: v, quoted: true }, value: v, end: after }, after };
  }

  /** A scalar or flow collection at p on a line that ends at end; the rest of the line may only be a comment. */
  private inline(p: number, end: number): Parsed {
    const text = this.text;
    const c = text.charCodeAt(p);
    let item: { parsed: Parsed; after: number };
    if (c === DQUOTE || c === SQUOTE) item = this.quoted(p, end);
    else if (c === LBRACKET || c === LBRACE) item = this.flow(p, end);
    else {
      if (isIndicatorStart(text, p, end)) unsupported();
      const { colon, stop } = this.scanPlain(p, end);
      if (colon >= 0) unsupported();
      let e = stop;
      while (e > p && text.charCodeAt(e - 1) === SPACE) e--;
      return plainScalar(text.slice(p, e), p, e);
    }
    const { parsed, after } = item;
    let i = after;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i < end && (text.charCodeAt(i) !== HASH || i === after)) unsupported();
    return parsed;
  }

  /** A flow collection that opens at p and closes on the same line. */
  private flow(p: number, end: number): { parsed: Parsed; after: number } {
    const text = this.text;
    const isSeq = text.charCodeAt(p) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    const items: YNode[] = [];
    const values: unknown[] = [];
    const entries: YEntry[] = [];
    const obj: Record<string, unknown> = {};
    let i = p + 1;
    const skip = () => { while (i < end && text.charCodeAt(i) === SPACE) i++; };
    /** The collection, closed by the bracket at i. */
    const closed = (): { parsed: Parsed; after: number } => {
      const span = { start: p, end: i + 1 };
      return { parsed: isSeq ? { node: { kind: 'seq', span, items }, value: values, end: i + 1 } : { node: { kind: 'map', span, entries }, value: obj, end: i + 1 }, after: i + 1 };
    };
    skip();
    if (i < end && text.charCodeAt(i) === close) return closed();
    for (;;) {
      if (i >= end) unsupported();
      if (isSeq) {
        const item = this.flowItem(i, end);
        items.push(item.parsed.node);
        values.push(item.parsed.value);
        i = item.after;
      } else {
        const k = this.flowItem(i, end, true);
        if (k.parsed.node.kind !== 'scalar') unsupported();
        const key = String(k.parsed.value);
        if (Object.prototype.hasOwnProperty.call(obj, key) || key === '__proto__' || key === '<<') unsupported();
        i = k.after;
        if (i >= end || text.charCodeAt(i) !== COLON || i + 1 >= end || text.charCodeAt(i + 1) !== SPACE) unsupported();
        i += 2;
        skip();
        const v = this.flowItem(i, end);
        entries.push({ key, keySpan: k.parsed.node.span, value: v.parsed.node });
        obj[key] = v.parsed.value;
        i = v.after;
      }
      skip();
      if (i >= end) unsupported();
      const ch = text.charCodeAt(i);
      if (ch === close) return closed();
      if (ch !== COMMA) unsupported();
      i++;
      skip();
      if (i >= end || text.charCodeAt(i) === close || text.charCodeAt(i) === COMMA) unsupported();
    }
  }

  /** One item of a flow collection at p: a quoted or plain scalar or a nested flow collection. */
  private flowItem(p: number, end: number, isKey = false): { parsed: Parsed; after: number } {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(p, end);
    if (c === LBRACKET || c === LBRACE) {
      if (isKey) unsupported();
      return this.flow(p, end);
    }
    if (isIndicatorStart(text, p, end)) unsupported();
    let i = p;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE) break;
      if (ch === COLON) {
        const n = i + 1 < end ? text.charCodeAt(i + 1) : SPACE;
        if (n === SPACE || n === COMMA || n === RBRACKET || n === RBRACE || n === LBRACKET || n === LBRACE) {
          if (isKey && n === SPACE) break;
          unsupported();
        }
      }
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) unsupported();
    }
    let e = i;
    while (e > p && text.charCodeAt(e - 1) === SPACE) e--;
    if (e === p) unsupported();
    const s = text.slice(p, e);
    if (isKey && resolvePlain(s) !== s) unsupported();
    return { parsed: plainScalar(s, p, e), after: e };
  }
}

function plainScalar(s: string, start: number, end: number): Parsed {
  const value = resolvePlain(s);
  const span = { start, end };
  return value === null ? { node: { kind: 'null', span }, value, end } : { node: { kind: 'scalar', span, value, quoted: false }, value, end };
}

/**
 * The document in text[from, to) when it is plain block YAML (see the file comment), else undefined. The range is one
 * document: it may begin with comment lines and a `---` line and has no other `---` or `...` line.
 */
export function readSimpleDocument(text: string, from: number, to: number): YDoc | undefined {
  // Tabs, carriage returns (but CRLF line ends), other control characters and byte-order marks are left to `yaml`.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && i + 1 < to && text.charCodeAt(i + 1) === NEWLINE) continue; // CRLF line ends
    if ((c < 0x20 && c !== NEWLINE) || c === 0xfeff || c === 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  }
  const lines: Line[] = [];
  let docStart = -1; // the `---` line's offset, once seen
  let comments = -1;
  for (let start = from; start < to;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const next = end < to ? end + 1 : to;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    let content = start;
    while (content < end && text.charCodeAt(content) === SPACE) content++;
    if (content < end && text.charCodeAt(content) === HASH) comments = Math.max(comments, content - start);
    if (content < end && text.charCodeAt(content) !== HASH) {
      if (content === start && text.startsWith('---', start) && (start + 3 === end || text.charCodeAt(start + 3) === SPACE)) {
        if (docStart >= 0 || lines.length) return undefined;
        // Only a comment may follow the marker on its line.
        let i = start + 3;
        while (i < end && text.charCodeAt(i) === SPACE) i++;
        if (i < end && text.charCodeAt(i) !== HASH) return undefined;
        docStart = start;
        comments = -1;
      } else {
        if (content === start && (text.startsWith('...', start) || text.charCodeAt(start) === 0x25 /* % */)) return undefined;
        lines.push({ start, content, end, next, commentsBefore: comments });
        comments = -1;
      }
    }
    start = next;
  }
  if (!lines.length) return undefined;
  try {
    const parsed = new Reader(text, lines, comments).document();
    return { span: { start: docStart >= 0 ? docStart : lines[0].start, end: to }, root: parsed.node, value: parsed.value, problems: [] };
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}
