// Editor diagnostics speed: median time of lintManifest (YAML parse + schema + validateDaemonSet + warnings) on a
// typical DaemonSet (seed 000's fluentd manifest), on a 200-document file (DaemonSets mixed with ConfigMaps),
// validateDaemonSet alone, and hover/completion at a key. Run: npm run bench -- lint  (or node scripts/bench-lint.mjs)
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { timeMedian } from './benchUtil.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
export { lintManifest } from './src/core/manifest/lintManifest';
export { hoverAt } from './src/core/manifest/hover';
export { completionAt } from './src/core/manifest/completion';
export { validateDaemonSet } from './src/core/validation/validateDaemonSet';
export { parseYamlDocuments } from './src/core/manifest/yamlAst';`;

export async function run() {
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const { lintManifest, hoverAt, completionAt, validateDaemonSet, parseYamlDocuments } = mod.exports;
  const typical = readFileSync(`${root}test/fixtures/daemonsets/fluentd-seed000.yaml`, 'utf8');
  const broken = readFileSync(`${root}test/fixtures/daemonsets/seven-errors.yaml`, 'utf8');
  const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  key: value\n';
  const big = Array.from({ length: 200 }, (_, i) => (i % 4 === 3 ? configMap : i % 2 ? broken : typical)).join('---\n');
  const value = parseYamlDocuments(typical)[0].value;
  const hoverOffset = typical.indexOf('tolerations:') + 3;
  const completionText = typical.replace('        image: quay', '        imag\n        image: quay');
  const completionOffset = completionText.indexOf('        imag\n') + 12;
  // lintManifest reuses the parse of an identical text, so every timed run gets a fresh text (a changed comment).
  let n = 0;
  const fresh = (t) => `${t}\n# edit ${++n}\n`;
  return [
    { name: 'lintManifest, typical DaemonSet (seed 000)', median: await timeMedian(() => lintManifest(fresh(typical)), { runs: 41, warmup: 5 }), unit: 'ms', note: `${typical.length} chars` },
    { name: 'lintManifest, the seven-errors manifest', median: await timeMedian(() => lintManifest(fresh(broken)), { runs: 41, warmup: 5 }), unit: 'ms' },
    { name: 'lintManifest, 200-document file', median: await timeMedian(() => lintManifest(fresh(big)), { runs: 9, warmup: 2 }), unit: 'ms', note: `${Math.round(big.length / 1024)} KiB, 150 DaemonSets` },
    { name: 'validateDaemonSet alone, typical DaemonSet', median: await timeMedian(() => validateDaemonSet(value), { runs: 201, warmup: 20 }), unit: 'ms' },
    { name: 'hoverAt, typical DaemonSet (fresh text)', median: await timeMedian(() => hoverAt(fresh(typical), hoverOffset), { runs: 41, warmup: 5 }), unit: 'ms' },
    { name: 'hoverAt, right after lint of the same text', median: await timeMedian(() => hoverAt(typical, hoverOffset), { runs: 41, warmup: 5 }), unit: 'ms', note: 'parse reused' },
    { name: 'completionAt, typical DaemonSet', median: await timeMedian(() => completionAt(completionText, completionOffset), { runs: 41, warmup: 5 }), unit: 'ms' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(r.name.padEnd(48), r.median.toFixed(3), r.unit, r.note ?? '');
}
