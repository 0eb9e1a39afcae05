// Runs test/integration inside a real VS Code, offline: code-server 4.99.3 with our extension and the
// test-harness extension; Chromium opens the workbench so the extension host starts; the harness runs mocha
// in the extension host and writes the results to a file, which this script waits for.
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, installExtension, repoRoot, startCodeServer, workbenchUrl } from './code-server.mjs';

export async function runIntegration({ grep, log = console.log } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dslab-it-'));
  const resultsFile = join(dir, 'results.json');
  const server = await startCodeServer({
    extensions: [(extDir) => installExtension(extDir), join(repoRoot, 'test', 'harness')],
    env: { DSLAB_TEST_RESULTS: resultsFile, DSLAB_REPO: repoRoot, ...(grep ? { DSLAB_TEST_GREP: grep } : {}) },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A copy of the fixture workspace, so tests that edit and save never change the repo.
    const workspace = join(dir, 'workspace');
    cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    await page.goto(workbenchUrl(server, workspace));
    const deadline = Date.now() + 5 * 60_000;
    while (!existsSync(resultsFile)) {
      if (Date.now() > deadline) throw new Error(`no integration results within 5 minutes\n${server.output().slice(-4000)}`);
      await page.waitForTimeout(250);
    }
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const t of results.tests) log(`  ${t.state === 'passed' ? '✔' : '✘'} ${t.title}${t.error ? `\n      ${t.error.split('\n').slice(0, 6).join('\n      ')}` : ''}`);
    if (results.error) log(`  harness error: ${results.error}`);
    return { passed: results.passed, failed: results.failed };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const r = await runIntegration({ grep: process.env.DSLAB_TEST_GREP });
  console.log(`${r.passed} passed, ${r.failed} failed`);
  process.exitCode = r.failed ? 1 : 0;
}
