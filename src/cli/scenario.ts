/** `daemonset-lab scenario FILE_OR_DIR... [--json] [--filter ID_PREFIX]`: runs scenario files (scenario-format.md). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFile, ScenarioFormatError, type ScenarioFile } from '../core/scenario/format';
import { runScenario, type ScenarioResult } from '../core/scenario/runner';
import { createSimulation } from '../core/sim/simulation';

function collect(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const e of readdirSync(path).sort()) {
      const p = join(path, e);
      if (statSync(p).isDirectory()) collect(p, out);
      else if (e.endsWith('.yaml') || e.endsWith('.yml')) out.push(p);
    }
  } else {
    out.push(path);
  }
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));

/** Returns the exit code: 0 all passed, 1 a scenario failed, 2 a file could not be read or is invalid. */
export function runScenarioCli(args: string[], write: (s: string) => void, writeErr: (s: string) => void): number {
  let json = false;
  let filter: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--filter') filter = args[++i];
    else if (a.startsWith('--filter=')) filter = a.slice('--filter='.length);
    else if (a.startsWith('-')) { writeErr(`daemonset-lab scenario: unknown flag ${a}\n`); return 2; }
    else paths.push(a);
  }
  if (!paths.length || (filter === undefined && args.includes('--filter'))) {
    writeErr('usage: daemonset-lab scenario FILE_OR_DIR... [--json] [--filter ID_PREFIX]\n');
    return 2;
  }
  const files: ScenarioFile[] = [];
  try {
    const list: string[] = [];
    for (const p of paths) collect(p, list);
    for (const f of list) files.push(loadScenarioFile(readFileSync(f, 'utf8'), f));
  } catch (e) {
    writeErr(`daemonset-lab scenario: ${e instanceof ScenarioFormatError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const results: ScenarioResult[] = [];
  for (const f of files) {
    for (const sc of f.scenarios) {
      if (filter !== undefined && !sc.id.startsWith(filter)) continue;
      let r: ScenarioResult;
      try {
        r = runScenario(sc, f.file, f.defaults, createSimulation);
      } catch (e) {
        r = { id: sc.id, file: f.file, passed: false, failures: [{ step: 0, key: 'internal', expected: 'no crash', observed: e instanceof Error ? e.stack ?? e.message : String(e) }] };
      }
      results.push(r);
      if (!json) {
        write(`${r.passed ? 'PASS' : 'FAIL'} ${r.id}\n`);
        for (const x of r.failures) write(`  step ${x.step}: ${x.key}\n    expected: ${show(x.expected)}\n    observed: ${show(x.observed)}\n`);
      }
    }
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (json) write(`${JSON.stringify({ scenarios: results, passed, failed }, null, 2)}\n`);
  else write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
