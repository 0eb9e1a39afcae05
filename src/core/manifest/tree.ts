/** Navigation over the offset tree of yamlAst.ts: field paths to nodes, offsets to paths. */
import type { Span, YEntry, YNode } from './yamlAst';

export type PathSegment = string | number;

/** A node found by path, with the key entry that holds it (undefined for list items and the root). */
export interface Located { node: YNode; entry?: YEntry; path: PathSegment[] }

export function entryOf(node: YNode | undefined, key: string): YEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
}

/** Walks as deep as the path exists; `rest` is the part that was not found. */
export function locate(root: YNode | undefined, path: PathSegment[]): { found: Located | undefined; rest: PathSegment[] } {
  if (!root) return { found: undefined, rest: path };
  let cur: Located = { node: root, path: [] };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: Located | undefined;
    if (typeof seg === 'number' && cur.node.kind === 'seq' && seg < cur.node.items.length) {
      next = { node: cur.node.items[seg], entry: undefined, path: [...cur.path, seg] };
    } else if (typeof seg === 'string') {
      const e = entryOf(cur.node, seg);
      if (e) next = { node: e.value, entry: e, path: [...cur.path, seg] };
    }
    if (!next) return { found: cur, rest: path.slice(i) };
    cur = next;
  }
  return { found: cur, rest: [] };
}

/** Parses a kube-apiserver field path (`spec.containers[0].resources.limits[cpu]`) into segments. */
export function parseFieldPath(field: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(field))) {
    if (m[1] !== undefined) out.push(m[1]);
    else out.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return out;
}

/** Formats segments as kube-apiserver does: dots for fields, [i] for indexes, [key] for map keys. */
export function formatFieldPath(path: PathSegment[], mapKeyAt: (i: number) => boolean = () => false): string {
  let s = '';
  path.forEach((seg, i) => {
    if (typeof seg === 'number' || mapKeyAt(i)) s += `[${seg}]`;
    else s += s ? `.${seg}` : seg;
  });
  return s;
}

/** The innermost node or key containing the offset, with its path; `onKey` when the offset is on a key. */
export function pathAt(root: YNode | undefined, offset: number): { path: PathSegment[]; onKey: boolean; entry?: YEntry; node?: YNode } | undefined {
  if (!root) return undefined;
  const inside = (s: Span) => offset >= s.start && offset <= s.end;
  let path: PathSegment[] = [];
  let node: YNode = root;
  let entry: YEntry | undefined;
  for (;;) {
    if (node.kind === 'map') {
      const e = node.entries.find((x) => inside(x.keySpan));
      if (e) return { path: [...path, e.key], onKey: true, entry: e, node: e.value };
      const v = node.entries.find((x) => x.value.kind !== 'null' && inside(x.value.span));
      if (!v) return { path, onKey: false, entry, node };
      path = [...path, v.key];
      entry = v;
      node = v.value;
    } else if (node.kind === 'seq') {
      const i = node.items.findIndex((x) => inside(x.span));
      if (i < 0) return { path, onKey: false, entry, node };
      path = [...path, i];
      entry = undefined;
      node = node.items[i];
    } else {
      return { path, onKey: false, entry, node };
    }
  }
}
