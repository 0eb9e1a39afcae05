// Editor diagnostics speed (issue 4), ours beside yaml-language-server (library mode, the v1.30 DaemonSet schema of
// ../shared/schemas, as peers.md §4 describes), each run on a new document version so both re-parse as after an edit:
// per edit of a seed-sized DaemonSet (seed 000's fluentd, 46 lines) and of a 150-line one; a full validation of a
// 2,000-document file; re-validating that file after an edit inside one document (ours: IncrementalLinter, which
// re-parses only the changed document); and the ratios (YLS time / ours: > 1 means ours is faster). Also hover and
// completion. Run: npm run bench -- lint  (or node scripts/bench-lint.mjs)
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { yamlBrowserBuild } from './yamlBrowserBuild.mjs';
import { median, timeMedian } from './benchUtil.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
export { lintManifest } from './src/core/manifest/lintManifest';
export { hoverAt } from './src/core/manifest/hover';
export { completionAt } from './src/core/manifest/completion';
export { validateDaemonSet } from './src/core/validation/validateDaemonSet';
export { parseYamlDocuments } from './src/core/manifest/yamlAst';
export { IncrementalLinter } from './src/core/manifest/incrementalLint';`;

const schemaPath = join(root, '..', 'shared', 'schemas', 'daemonset-apps-v1.v1.30.0-standalone-strict.json');

/** yaml-language-server in library mode with the shared DaemonSet schema, offline. */
function ylsValidator() {
  if (!existsSync(schemaPath)) throw new Error(`the schema for the yaml-language-server comparison is missing: ${schemaPath} (the repository is expected beside shared/)`);
  const require = createRequire(join(root, 'package.json'));
  const { getLanguageService } = require('yaml-language-server');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const schemaText = readFileSync(schemaPath, 'utf8');
  const ls = getLanguageService({ schemaRequestService: () => Promise.resolve(schemaText), workspaceContext: { resolveRelativePath: (r, b) => new URL(r, b).href } });
  ls.configure({ validate: true, hover: true, completion: true, schemas: [{ uri: `file://${schemaPath}`, fileMatch: ['*.yaml'] }] });
  let version = 0;
  return (text) => ls.doValidation(TextDocument.create('file:///bench/daemonset.yaml', 'yaml', ++version, text), false);
}

/** Median ms of fn(i) over runs after warmups; fn may be async. */
async function medianOf(fn, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); await fn(i); times.push(performance.now() - t0); }
  return median(times);
}

export async function run() {
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', plugins: [yamlBrowserBuild] });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const { lintManifest, hoverAt, completionAt, validateDaemonSet, parseYamlDocuments, IncrementalLinter } = mod.exports;
  const yls = ylsValidator();
  const typical = readFileSync(`${root}test/fixtures/daemonsets/fluentd-seed000.yaml`, 'utf8');
  const broken = readFileSync(`${root}test/fixtures/daemonsets/seven-errors.yaml`, 'utf8');
  const value = parseYamlDocuments(typical)[0].value;
  const hoverOffset = typical.indexOf('tolerations:') + 3;
  const completionText = typical.replace('        image: quay', '        imag\n        image: quay');
  const completionOffset = completionText.indexOf('        imag\n') + 12;
  // lintManifest reuses the parse of an identical text, so every timed run gets a fresh text (a changed comment).
  let n = 0;
  const fresh = (t) => `${t}\n# edit ${++n}\n`;
  const large = readFileSync(`${root}test/fixtures/daemonsets/large-150.yaml`, 'utf8');
  const twoThousand = Array.from({ length: 2000 }, (_, i) => (i % 2 ? large : typical).replace(/name: (fluentd-elasticsearch|log-shipper)\n/, `name: ds-${i}\n`)).join('---\n');
  // An edit inside document 1,000: a changed value, different at every run.
  const middle = twoThousand.indexOf('name: ds-1000\n');
  const editedBig = (k) => `${twoThousand.slice(0, middle)}name: ds-1000-${k}\n${twoThousand.slice(middle + 'name: ds-1000\n'.length)}`;
  const rows = [];
  const pair = async (what, text, runs, warmup) => {
    const ours = await medianOf(() => lintManifest(fresh(text)), { runs, warmup });
    const theirs = await medianOf(() => yls(fresh(text)), { runs, warmup });
    rows.push({ name: `${what}: ours (lintManifest)`, median: ours, unit: 'ms' });
    rows.push({ name: `${what}: yaml-language-server`, median: theirs, unit: 'ms' });
    rows.push({ name: `${what}: ratio yaml-language-server / ours`, median: theirs / ours, unit: 'x' });
  };
  await pair('per edit, seed-sized DaemonSet (46 lines)', typical, 41, 5);
  await pair('per edit, 150-line DaemonSet', large, 41, 5);
  await pair('full validation, 2,000-document file', twoThousand, 3, 1);
  const linter = new IncrementalLinter();
  linter.lint(twoThousand);
  const oursEdit = await medianOf((k) => linter.lint(editedBig(k)), { runs: 21, warmup: 3 });
  const ylsEdit = await medianOf((k) => yls(editedBig(k)), { runs: 3, warmup: 1 });
  rows.push({ name: 'edit inside one document of the 2,000: ours (incremental)', median: oursEdit, unit: 'ms', note: 'target < 16 ms' });
  rows.push({ name: 'edit inside one document of the 2,000: yaml-language-server', median: ylsEdit, unit: 'ms' });
  rows.push({ name: 'edit inside one document: ratio yaml-language-server / ours', median: ylsEdit / oursEdit, unit: 'x' });
  // The extension lints in steps (one document each) between which the extension host is free: the longest step
  // of the first validation of the 2,000-document file is the longest the host is blocked.
  const longest = [];
  for (let r = 0; r < 3; r++) {
    const steps = new IncrementalLinter().lintSteps(fresh(twoThousand));
    let max = 0;
    for (;;) { const t0 = performance.now(); const s = steps.next(); max = Math.max(max, performance.now() - t0); if (s.done) break; }
    longest.push(max);
  }
  rows.push({ name: 'longest step of the first validation of the 2,000 (host blocked)', median: median(longest), unit: 'ms', note: 'target ≤ 50 ms' });
  return [...rows,
    { name: 'lintManifest, the seven-errors manifest', median: await timeMedian(() => lintManifest(fresh(broken)), { runs: 41, warmup: 5 }), unit: 'ms' },
    { name: 'validateDaemonSet alone, typical DaemonSet', median: await timeMedian(() => validateDaemonSet(value), { runs: 201, warmup: 20 }), unit: 'ms' },
    { name: 'hoverAt, typical DaemonSet (fresh text)', median: await timeMedian(() => hoverAt(fresh(typical), hoverOffset), { runs: 41, warmup: 5 }), unit: 'ms' },
    { name: 'hoverAt, right after lint of the same text', median: await timeMedian(() => hoverAt(typical, hoverOffset), { runs: 41, warmup: 5 }), unit: 'ms', note: 'parse reused' },
    { name: 'completionAt, typical DaemonSet', median: await timeMedian(() => completionAt(completionText, completionOffset), { runs: 41, warmup: 5 }), unit: 'ms' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(r.name.padEnd(48), r.median.toFixed(3), r.unit, r.note ?? '');
}
