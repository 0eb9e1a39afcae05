// `npm run bench`: every benchmark of the project, each printed as medians (and ratios where two things compare).
// Benchmarks live in scripts/bench-*.mjs; each exports `run()` returning rows { name, median, unit, note? }.
// Speed is measured here, never by timed tests.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

execFileSync('node', ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });

const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = await import(pathToFileURL(fileURLToPath(new URL(file, import.meta.url))).href);
  console.log(`\n## ${file.replace(/^bench-|\.mjs$/g, '')}`);
  try {
    const rows = await mod.run();
    for (const row of rows) {
      const value = typeof row.median === 'number' ? row.median.toFixed(2) : String(row.median);
      console.log(`${row.name.padEnd(58)} ${value.padStart(12)} ${row.unit ?? ''}${row.note ? `  (${row.note})` : ''}`);
    }
  } catch (err) {
    failed++;
    console.log(`FAILED: ${err instanceof Error ? err.stack : err}`);
  }
}
process.exitCode = failed ? 1 : 0;

