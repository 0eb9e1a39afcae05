// Reduces the strict v1.30 DaemonSet JSON schema (yannh/kubernetes-json-schema, from the official OpenAPI) to a
// compact, de-duplicated field tree: src/core/schema/daemonsetSchema.json. Build-time only; the 648 KB source is
// not shipped. Usage: node scripts/gen-schema.mjs [path/to/daemonset-apps-v1.v1.30.0-standalone-strict.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = process.argv[2] ?? '/work/shared/schemas/daemonset-apps-v1.v1.30.0-standalone-strict.json';
const out = fileURLToPath(new URL('../src/core/schema/daemonsetSchema.json', import.meta.url));
const schema = JSON.parse(readFileSync(src, 'utf8'));

const nodes = [];
const ids = new Map();

function intern(node) {
  const key = JSON.stringify(node);
  let id = ids.get(key);
  if (id === undefined) { id = nodes.length; nodes.push(node); ids.set(key, id); }
  return id;
}

function baseType(s) {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  return t;
}

function reduce(s) {
  if (s.oneOf) {
    const kinds = s.oneOf.map(baseType).sort().join(',');
    if (kinds === 'integer,string') return intern({ t: 'int-or-string' });
    if (kinds === 'number,string') return intern({ t: 'quantity' });
    return intern({ t: 'any' });
  }
  const t = baseType(s);
  if (t === 'object') {
    if (s.properties) {
      const p = {};
      for (const k of Object.keys(s.properties).sort()) p[k] = reduce(s.properties[k]);
      const node = { t: 'object', p };
      if (s.required?.length) node.r = [...s.required].sort();
      if (s.additionalProperties !== false) node.open = true;
      return intern(node);
    }
    if (s.additionalProperties && typeof s.additionalProperties === 'object') return intern({ t: 'map', v: reduce(s.additionalProperties) });
    return intern({ t: 'object', open: true });
  }
  if (t === 'array') return intern({ t: 'array', i: s.items ? reduce(s.items) : intern({ t: 'any' }) });
  if (t === 'string' || t === 'integer' || t === 'number' || t === 'boolean') {
    const node = { t };
    // metadata.name's maxLength 63 is wrong for a DaemonSet (a DNS-1123 subdomain, 253): lengths are left to the validator.
    if (s.enum) node.e = s.enum.filter((v) => v !== null);
    if (s.format === 'int32' || s.format === 'int64') node.f = s.format;
    return intern(node);
  }
  return intern({ t: 'any' });
}

const root = reduce(schema);
const result = { source: 'kubernetes v1.30.0 OpenAPI (yannh/kubernetes-json-schema v1.30.0-standalone-strict, daemonset-apps-v1.json)', root, nodes };
writeFileSync(out, JSON.stringify(result) + '\n');
console.log(`wrote ${out}: ${nodes.length} nodes, ${JSON.stringify(result).length} bytes`);
