// The browser playground (issue 7) in Chromium: markers and hover in Monaco, the panel's placement, lesson 1.
import * as assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, repoRoot } from '../../scripts/code-server.mjs';
import { serveStatic } from '../../scripts/start-web.mjs';
import { screenshotDir } from './workbench.mjs';

suite('e2e: browser playground', function () {
  this.timeout(180_000);
  let server, browser, page;
  const errors = [];
  suiteSetup(async () => {
    server = await serveStatic(join(repoRoot, 'web', 'dist') + '/', 0);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
    mkdirSync(screenshotDir, { recursive: true });
  });
  suiteTeardown(async () => { await browser?.close(); server?.close(); });

  const panel = () => page.frameLocator('iframe.panel-frame');
  const lineOf = (text) => page.locator('#editor .view-line', { hasText: text }).first();

  test('the panel shows the starter DaemonSet on all four nodes', async () => {
    for (const node of ['control-plane', 'worker-1', 'worker-2', 'worker-3']) {
      await panel().getByText(node, { exact: true }).first().waitFor();
    }
    const row = panel().locator('tr', { hasText: 'fluentd-elasticsearch' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /\b4\s+4\b/);
    // A role chip as kubectl's ROLES column has it: the control plane's; the workers carry no role label.
    const roles = async (node) => panel().locator('.node-row').filter({ has: panel().locator('.node-name', { hasText: new RegExp(`^${node}$`) }) }).locator('.role').allInnerTexts();
    assert.deepEqual(await roles('control-plane'), ['control-plane']);
    assert.deepEqual(await roles('worker-1'), []);
    await page.screenshot({ path: join(screenshotDir, 'web-panel.png') });
  });

  test('typing a broken DaemonSet shows a marker and a hover', async () => {
    await lineOf('spec:').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('replicas: 3');
    await page.keyboard.press('Escape');
    const squiggle = page.locator('#editor .squiggly-error, #editor .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30_000 });
    await lineOf('replicas: 3').locator('span', { hasText: 'replicas' }).first().hover();
    // Our own diagnostic (src/core/manifest), with its code, beside monaco-yaml's schema check.
    const hover = page.locator('.monaco-hover').filter({ hasText: 'one pod on every eligible node' }).first();
    await hover.waitFor({ timeout: 30_000 });
    assert.match(await hover.innerText(), /replicas-not-allowed/);
    await page.screenshot({ path: join(screenshotDir, 'web-marker-hover.png') });
  });

  test('lesson 1 can be completed: edit the manifest, then delete a pod with kubectl', async () => {
    await page.locator('#lessons button[data-lesson="what-is-a-daemonset"]').click();
    await page.locator('#lesson-starter').click();
    await lineOf('kind: ReplicaSet').waitFor();
    await lineOf('kind: ReplicaSet').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('kind: DaemonSet');
    await page.keyboard.press('Escape');
    await lineOf('replicas: 3').click();
    await page.keyboard.press('Control+Shift+K');
    const steps = page.locator('#lessons .step.passed');
    await steps.first().waitFor({ timeout: 30_000 });
    const input = page.locator('#kubectl-input');
    await input.fill('get pods -o wide');
    await input.press('Enter');
    const out = page.locator('.console-out');
    await out.getByText(/monitoring-daemon-\w+ .*worker-2/).first().waitFor();
    const listing = await out.innerText();
    const name = listing.split('\n').find((l) => /^monitoring-daemon-\w+\s/.test(l) && /\sworker-2\s/.test(l)).split(/\s+/)[0];
    await input.fill(`delete pod ${name}`);
    await input.press('Enter');
    await out.getByText(`pod "${name}" deleted`).waitFor();
    await page.locator('#lessons .step.passed').nth(1).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('#lessons .step.passed').count(), 2);
    await page.screenshot({ path: join(screenshotDir, 'web-lesson1-done.png') });
    assert.deepEqual(errors, []);
  });

  test('the panel makes again only the rows and events that changed', async () => {
    const frame = page.frames().find((f) => f.url().endsWith('/panel.html'));
    const mark = () => frame.evaluate(() => {
      for (const el of document.querySelectorAll('.node-row, .events li')) el.dataset.kept = el.querySelector('.node-name, .ereason, .emessage')?.textContent ?? '';
    });
    const state = () => frame.evaluate(() => ({
      rows: [...document.querySelectorAll('.node-row')].map((el) => [el.querySelector('.node-name')?.textContent, el.dataset.kept !== undefined, el.textContent]),
      events: [...document.querySelectorAll('.events li')].map((el) => [el.querySelector('.ereason')?.textContent, el.dataset.kept !== undefined]),
    }));
    await mark();
    const before = await state();
    const input = page.locator('#kubectl-input');
    await input.fill('taint node worker-3 maintenance=now:NoExecute');
    await input.press('Enter');
    await panel().locator('.node-row', { hasText: 'maintenance=now:NoExecute' }).waitFor();
    await panel().locator('.events li:not([data-kept])').first().waitFor();
    const after = await state();
    // worker-3 (a new taint, its pod evicted) is a new row; the other rows are the elements already there.
    for (const [name, kept] of after.rows) assert.equal(kept, name !== 'worker-3', `row ${name}`);
    assert.match(after.rows.find(([name]) => name === 'worker-3')[2], /maintenance=now:NoExecute/);
    // New events come first; the ones shown before follow, as the same elements, in the same order.
    const fresh = after.events.findIndex(([, kept]) => kept);
    assert.ok(fresh > 0, 'new events on top');
    assert.ok(after.events.slice(0, fresh).some(([reason]) => reason === 'SuccessfulDelete'), JSON.stringify(after.events.slice(0, fresh)));
    assert.ok(after.events.slice(fresh).every(([, kept]) => kept));
    assert.deepEqual(after.events.slice(fresh).map(([r]) => r), before.events.map(([r]) => r).slice(0, after.events.length - fresh));
    assert.deepEqual(errors, []);
  });
});
