// `npm test`: every suite, offline. Ends with one line `N passed, N failed` over all suites; exit 1 on any failure.
// Run a subset with `npm test -- unit integration` (suite names below); `e2e:basic` runs only test/e2e/basic.e2e.mjs;
// `--grep <regexp>` filters the tests of the mocha suites (unit, integration, e2e) by title.
// To add a suite, add { name, run } to `suites`; run returns { passed, failed } (or throws: one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : process.env.DSLAB_TEST_GREP;
const only = args.filter((a, i) => !a.startsWith('--') && (grepAt < 0 || i !== grepAt + 1));

/** Runs mocha with a JSON reporter written to a file, echoing failures. Pending (skipped) tests count as failures. */
function mocha(mochaArgs) {
  const dir = mkdtempSync(join(tmpdir(), 'dslab-mocha-'));
  const out = join(dir, 'r.json');
  const bin = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const r0 = run(process.execPath, [bin, ...mochaArgs, ...(grep ? ['--grep', grep] : []), '--reporter', 'json', '--reporter-option', `output=${out}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(out)) {
    console.log(`  mocha wrote no results (exit ${r0.status}); see its output above`);
    return { passed: 0, failed: 1 };
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  for (const f of r.failures) console.log(`  ✘ ${f.fullTitle}\n      ${String(f.err?.message ?? '').split('\n').slice(0, 8).join('\n      ')}`);
  for (const t of r.pending) console.log(`  ✘ ${t.fullTitle} (skipped: counts as a failure)`);
  console.log(`  ${r.stats.passes} passing, ${r.stats.failures} failing${r.stats.pending ? `, ${r.stats.pending} skipped` : ''}`);
  return { passed: r.stats.passes, failed: r.stats.failures + r.stats.pending };
}

/** The e2e files: all of test/e2e/*.e2e.mjs, or those named on the command line as `e2e:<name>`. */
function e2eFiles() {
  const named = only.filter((a) => a.startsWith('e2e:')).map((a) => join('test', 'e2e', `${a.slice(4)}.e2e.mjs`));
  if (named.length) return named;
  return readdirSync(join(root, 'test', 'e2e')).filter((f) => f.endsWith('.e2e.mjs')).sort().map((f) => join('test', 'e2e', f));
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
    const output = `${r.stderr}${r.stdout}`;
    if (/unknown command/i.test(output)) console.log('  `daemonset-lab scenario` is not implemented yet (src/cli): counted as one failure');
    console.log(`  scenario runner did not produce JSON (exit ${r.status}):\n${output.slice(0, 2000)}`);
    return { passed: 0, failed: 1 };
  }
}

/** Runs a command that prints JSON with {passed, failed}; `explain` lists what failed. */
function jsonCounts(cmd, args, explain) {
  const r = run(cmd, args);
  try {
    const report = JSON.parse(r.stdout);
    for (const line of explain(report)) console.log(`  ✘ ${line}`);
    return { passed: report.passed, failed: report.failed };
  } catch {
    console.log(`  ${[cmd, ...args].join(' ')} did not print JSON (exit ${r.status}):\n${(r.stderr || r.stdout).slice(0, 2000)}`);
    return { passed: 0, failed: 1 };
  }
}

const suites = [
  { name: 'types', run: () => step('npm', ['run', '--silent', 'check-types']) },
  { name: 'lint', run: () => step(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js')]) },
  { name: 'build', run: () => step('node', ['esbuild.mjs']) },
  { name: 'build-web', run: () => step(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn']) },
  { name: 'compile-tests', run: () => step(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json']) },
  { name: 'unit', run: () => mocha([]) },
  { name: 'conformance', run: () => scenarios([sharedConformance]) },
  { name: 'scenarios', run: () => scenarios([join(root, 'test', 'scenarios')]) },
  { name: 'lessons', run: () => jsonCounts(process.execPath, ['dist/cli.js', 'lessons', 'verify', '--json'], (r) => r.lessons.filter((l) => !l.passed).map((l) => `${l.lessonId}: ${JSON.stringify(l.steps.filter((s) => !s.passed))}`).concat(r.problems)) },
  { name: 'integration', run: async () => (await import('./run-integration.mjs')).runIntegration({ grep }) },
  { name: 'e2e', run: () => mocha(['--no-config', '--ui', 'tdd', '--timeout', '300000', ...e2eFiles()]) },
];

const names = only.map((a) => a.replace(/:.*/, ''));
const unknown = names.filter((n) => !suites.some((s) => s.name === n));
if (unknown.length) {
  console.log(`unknown suite(s): ${unknown.join(', ')}; suites are: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = only.length ? suites.filter((s) => names.includes(s.name)) : suites;
let passed = 0;
let failed = 0;
const summary = [];
const allStarted = Date.now();
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
summary.push(`${'total'.padEnd(14)} ${String(passed).padStart(5)} passed ${String(failed).padStart(4)} failed  ${((Date.now() - allStarted) / 1000).toFixed(1)}s`);
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
