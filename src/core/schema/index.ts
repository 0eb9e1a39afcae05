/**
 * Generated API data: the DaemonSet field tree (scripts/gen-schema.mjs, Kubernetes v1.30 OpenAPI) and every field's
 * own description (scripts/gen-fielddocs.mjs, kubernetes-types 1.30). Do not edit the JSON files by hand.
 */
import schemaJson from './daemonsetSchema.json';
import docsJson from './fieldDocs.json';

export type SchemaType = 'object' | 'map' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'any';

export interface SchemaNode {
  t: SchemaType;
  /** Properties (object): name → node id. */
  p?: Record<string, number>;
  /** Required property names. */
  r?: string[];
  /** Accepts unknown properties. */
  open?: boolean;
  /** Item node id (array). */
  i?: number;
  /** Value node id (map). */
  v?: number;
  e?: string[];
  f?: string;
}

const nodes = schemaJson.nodes as SchemaNode[];

export function schemaRoot(): SchemaNode {
  return nodes[schemaJson.root];
}

export function schemaNode(id: number | undefined): SchemaNode | undefined {
  return id === undefined ? undefined : nodes[id];
}

/** The node for one path step: a property, an array item, or a map value. */
export function schemaChild(node: SchemaNode | undefined, seg: string | number): SchemaNode | undefined {
  if (!node) return undefined;
  if (node.t === 'array') return typeof seg === 'number' ? schemaNode(node.i) : undefined;
  if (node.t === 'map') return schemaNode(node.v);
  if (node.t === 'object' && typeof seg === 'string') return schemaNode(node.p?.[seg]);
  return undefined;
}

export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let n: SchemaNode | undefined = schemaRoot();
  for (const seg of path) n = schemaChild(n, seg);
  return n;
}

interface TypeDocs { d: string; f: Record<string, [string, string, number]> }
const types = docsJson.types as unknown as Record<string, TypeDocs>;

export const fieldDocsVersion: string = docsJson.version;

/** A field's own description, its type name (for object fields) and whether the API marks it required. */
export interface FieldDoc { description: string; typeName: string; required: boolean; parentType: string }

/** The doc of the field at `path` (indices are skipped; map keys end the walk). */
export function fieldDocAt(path: ReadonlyArray<string | number>): FieldDoc | undefined {
  let type = 'DaemonSet';
  let doc: FieldDoc | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    const t = types[type];
    const f = t?.f[seg];
    if (!f) return undefined;
    doc = { description: f[0], typeName: f[1], required: f[2] === 1, parentType: type };
    type = f[1];
  }
  return doc;
}

/** The type description of an API type name (e.g. `PodTemplateSpec`). */
export function typeDoc(typeName: string): string | undefined {
  return types[typeName]?.d;
}

/** The fields of the type at `path` (for completion): name → doc. */
export function fieldsAt(path: ReadonlyArray<string | number>): Record<string, FieldDoc> {
  let type = 'DaemonSet';
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    const f = types[type]?.f[seg];
    if (!f || !f[1]) return {};
    type = f[1];
  }
  const out: Record<string, FieldDoc> = {};
  for (const [k, f] of Object.entries(types[type]?.f ?? {})) out[k] = { description: f[0], typeName: f[1], required: f[2] === 1, parentType: type };
  return out;
}
