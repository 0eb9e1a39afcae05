// Extracts every field's own description reachable from apps/v1 DaemonSet out of the kubernetes-types .d.ts
// doc comments (the official OpenAPI, v1.30) into src/core/schema/fieldDocs.json:
//   { version, types: { TypeName: { d: typeDoc, f: { field: [doc, fieldTypeName | '', required 0|1] } } } }
// Build-time only. Usage: node scripts/gen-fielddocs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('kubernetes-types/package.json'));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const out = fileURLToPath(new URL('../src/core/schema/fieldDocs.json', import.meta.url));
const files = ['apps/v1.d.ts', 'core/v1.d.ts', 'meta/v1.d.ts', 'api/resource.d.ts', 'runtime.d.ts'];

/** Parses `/** doc *\/ export interface Name { /** doc *\/ field?: Type; }` blocks. */
function parse(text) {
  const types = {};
  const lines = text.split('\n');
  let doc = '';
  let current;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('/**')) {
      let buf = line;
      while (!buf.includes('*/') && i + 1 < lines.length) buf += '\n' + lines[++i].trim();
      doc = buf.replace(/^\/\*\*/, '').replace(/\*\/$/, '').split('\n').map((l) => l.replace(/^\*\s?/, '')).join('\n').trim();
      continue;
    }
    const iface = /^export (?:interface|type) (\w+)/.exec(line);
    if (iface) {
      current = line.endsWith('{') ? { d: doc, f: {} } : undefined;
      if (current) types[iface[1]] = current;
      doc = '';
      continue;
    }
    if (line === '}') { current = undefined; continue; }
    const field = /^(?:readonly )?"?([\w$-]+)"?(\?)?: (.+)$/.exec(line);
    if (field && current) {
      let type = field[3];
      // A multi-line type literal: `labels?: {\n [name: string]: string;\n };`
      if (type.endsWith('{')) {
        while (i + 1 < lines.length && !lines[i].trim().startsWith('}')) type += ' ' + lines[++i].trim();
      }
      type = type.replace(/;$/, '').replace(/\s+/g, ' ');
      current.f[field[1]] = { doc, type, required: !field[2] };
      doc = '';
    }
  }
  return types;
}

const all = {};
for (const f of files) Object.assign(all, parse(readFileSync(join(pkgDir, f), 'utf8')));

function refOf(type) {
  const m = /^(?:Array<)?(\w+)>?$/.exec(type.trim());
  if (m && all[m[1]]) return m[1];
  const map = /^\{\s*\[\w+: string\]: (?:Array<)?(\w+)>?;?\s*\}$/.exec(type.trim().replace(/;\s*\}$/, ' }'));
  if (map && all[map[1]]) return map[1];
  return '';
}

const result = {};
const queue = ['DaemonSet'];
while (queue.length) {
  const name = queue.shift();
  if (result[name] || !all[name]) continue;
  const t = all[name];
  const f = {};
  for (const [k, v] of Object.entries(t.f)) {
    const ref = refOf(v.type);
    f[k] = [v.doc, ref, v.required ? 1 : 0];
    if (ref && !result[ref]) queue.push(ref);
  }
  result[name] = { d: t.d, f };
}
const json = { version: `kubernetes-types ${version} (Kubernetes API v1.30)`, types: result };
writeFileSync(out, JSON.stringify(json) + '\n');
console.log(`wrote ${out}: ${Object.keys(result).length} types, ${JSON.stringify(json).length} bytes`);
