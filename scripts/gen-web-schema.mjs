// Derives the JSON schema monaco-yaml uses in the playground from the official strict v1.30 DaemonSet schema
// (../shared/schemas, generated from the Kubernetes OpenAPI). Fixes its one known defect: metadata.name of a
// DaemonSet may be a DNS-1123 subdomain of up to 253 characters, not 63. Output is committed (web/src/daemonset.schema.json).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const source = new URL('../../shared/schemas/daemonset-apps-v1.v1.30.0-standalone-strict.json', import.meta.url);
if (!existsSync(source)) {
  console.error(`gen-web-schema: ${source.pathname} not found (the shared folder must be beside the repo)`);
  process.exit(1);
}
const schema = JSON.parse(readFileSync(source, 'utf8'));
delete schema.$schema; // names a remote meta-schema; nothing may be fetched
const name = schema.properties?.metadata?.properties?.name;
if (name && name.maxLength === 63) name.maxLength = 253;
writeFileSync(new URL('../web/src/daemonset.schema.json', import.meta.url), JSON.stringify(schema));
console.log('web/src/daemonset.schema.json written');
