// `npm test`: every suite, offline. Ends with one line `N passed, N failed` over all suites; exit 1 on any failure.
// Run a subset with `npm test -- unit integration` (names below).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sharedConformance = join(root, '..', 'shared', 'conformance');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** A step that must succeed for the suites to mean anything (counts as one test). */
function step(cmd, args) {
  const r = run(cmd, args, { stdio: 'inherit' });
  return r.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Runs mocha with a JSON reporter written to a file, echoing a spec-like summary. */
function mocha(args) {
  const dir = mkdtempSync(join(tmpdir(), 'dslab-mocha-'));
  const out = join(dir, 'r.json');
  run('npx', ['mocha', ...args, '--reporter', 'json', '--reporter-option', `output=${out}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  for (const f of r.failures) console.log(`  ✘ ${f.fullTitle}\n      ${String(f.err?.message ?? '').split('\n').slice(0, 8).join('\n      ')}`);
  return { passed: r.stats.passes, failed: r.stats.failures + (r.stats.pending ? r.stats.pending : 0) };
}

/** `daemonset-lab scenario ... --json` */
function scenarios(dirs) {
  const existing = dirs.filter((d) => existsSync(d));
  if (existing.length === 0) return { passed: 0, failed: 0 };
  const r = run('node', ['dist/cli.js', 'scenario', ...existing, '--json']);
  try {
    const report = JSON.parse(r.stdout);
    for (const s of report.scenarios.filter((x) => !x.passed)) {
      console.log(`  ✘ ${s.id} (${s.file})`);
      for (const f of s.failures.slice(0, 5)) console.log(`      step ${f.step} ${f.key}: expected ${JSON.stringify(f.expected)} observed ${JSON.stringify(f.observed)}`);
    }
    return { passed: report.passed, failed: report.failed };
  } catch {
    console.log(`  scenario runner did not produce JSON (exit ${r.status}):\n${(r.stderr || r.stdout).slice(0, 2000)}`);
    return { passed: 0, failed: 1 };
  }
}

const suites = [
  { name: 'types', run: () => step('npm', ['run', '--silent', 'check-types']) },
  { name: 'lint', run: () => step('npx', ['eslint']) },
  { name: 'build', run: () => step('node', ['esbuild.mjs']) },
  { name: 'compile-tests', run: () => step('npx', ['tsc', '-p', 'tsconfig.test.json']) },
  { name: 'unit', run: () => mocha([]) },
  { name: 'conformance', run: () => scenarios([sharedConformance]) },
  { name: 'scenarios', run: () => scenarios([join(root, 'test', 'scenarios')]) },
  { name: 'integration', run: async () => (await import('./run-integration.mjs')).runIntegration() },
  { name: 'e2e', run: () => mocha(['--config', 'test/e2e/.mocharc.json']) },
];

const only = process.argv.slice(2);
const selected = only.length ? suites.filter((s) => only.includes(s.name)) : suites;
let passed = 0;
let failed = 0;
const summary = [];
for (const suite of selected) {
  console.log(`\n=== ${suite.name}`);
  const started = Date.now();
  let r;
  try {
    r = await suite.run();
  } catch (err) {
    console.log(`  suite ${suite.name} crashed: ${err instanceof Error ? err.stack : err}`);
    r = { passed: 0, failed: 1 };
  }
  passed += r.passed;
  failed += r.failed;
  summary.push(`${suite.name.padEnd(14)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
