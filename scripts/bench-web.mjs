// Playground: built bundle sizes (raw and gzip) and first-load time on localhost in Chromium (median of runs).
// Targets from issue 7: first load < 2 s, the core's chunk < 300 KB gzip.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { median } from './benchUtil.mjs';
import { serveStatic } from './start-web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function run() {
  execFileSync('npx', ['vite', 'build', 'web', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const assets = join(root, 'web/dist/assets');
  const rows = [];
  for (const f of readdirSync(assets).filter((n) => /\.(js|css)$/.test(n)).sort()) {
    const buf = readFileSync(join(assets, f));
    const chunk = f.replace(/-[A-Za-z0-9_-]{8}\./, '.');
    rows.push({ name: `bundle ${chunk} (gzip)`, median: gzipSync(buf).length / 1024, unit: 'KB', note: `raw ${(statSync(join(assets, f)).size / 1024).toFixed(0)} KB` });
  }
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(join(root, 'web/dist/'), 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const times = [];
  try {
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext(); // cold cache every run
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('#editor .monaco-editor .view-lines');
      await page.waitForSelector('[data-ready="true"]', { timeout: 10000 }).catch(() => undefined);
      times.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  rows.push({ name: 'first load to editor + panel ready (cold cache, localhost)', median: median(times), unit: 'ms', note: `target < 2000 ms; ${times.length} runs` });
  return rows;
}
