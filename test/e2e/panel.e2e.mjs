// The cluster panel, live preview and kubectl terminal in the offline VS Code, driven as a person would.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
// The real-node fixture helper as compiled by `npm test`'s compile-tests step (test/unit/support/realNode.ts).
import { kubectlGetNodesJson, realNodeFixture } from '../../out/test/unit/support/realNode.js';
import { openWorkbench } from './workbench.mjs';

const settings = { 'terminal.integrated.gpuAcceleration': 'off', 'editor.autoIndent': 'none', 'editor.formatOnType': false, 'editor.autoClosingBrackets': 'never' };

/** The panel's document inside code-server's nested webview iframes. */
function panel(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

const row = (p, node) => p.locator(`.node-row[aria-label^="node ${node}"]`);

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function focusEditor(wb) {
  await wb.page.locator('.editor-instance .view-lines').first().click();
}

/** Clicks the panel's Step button and waits for the simulated time to move. */
async function step(p) {
  const before = await p.locator('.time').innerText();
  await p.getByRole('button', { name: /^Step$/ }).click();
  await p.locator('.time', { hasNotText: before }).waitFor({ timeout: 10_000 });
}

async function revision(p) {
  return Number(/revision (\d+)/.exec(await p.locator('.ds-table tbody tr').first().innerText())?.[1]);
}

/** Up-to-date count of the DaemonSet from the panel's table (UP-TO-DATE column). */
async function figures(p) {
  const cells = await p.locator('.ds-table tbody tr').first().locator('td.num').allInnerTexts();
  const [desired, current, ready, upToDate, available] = cells.map(Number);
  return { desired, current, ready, upToDate, available };
}

suite('e2e: cluster panel, live preview and kubectl terminal', function () {
  this.timeout(300_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ settings }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('the seed 000 fluentd manifest runs a pod on all four nodes', async () => {
    await wb.openFile('daemonset.yaml');
    await wb.runCommand('DaemonSet Lab: Open Cluster Panel');
    const p = panel(wb.page);
    await p.locator('.node-row').nth(3).waitFor({ timeout: 60_000 });
    for (const n of ['control-plane', 'worker-1', 'worker-2', 'worker-3']) await row(p, n).locator('.pod').first().waitFor();
    assert.deepEqual(await figures(p), { desired: 4, current: 4, ready: 4, upToDate: 4, available: 4 });
    await wb.screenshot('panel-dark-all-nodes');
  });

  test('deleting the tolerations in the editor takes the pod off the control plane and names the taint', async () => {
    const p = panel(wb.page);
    await focusEditor(wb);
    await goToLine(wb.page, 17);
    for (let i = 0; i < 7; i++) await wb.page.keyboard.press('Control+Shift+K');
    await p.locator('.ds-table', { hasText: 'revision 2' }).waitFor({ timeout: 20_000 });
    // NoSchedule does not evict a running pod (R20); the rolling update of the changed template removes it.
    for (let i = 0; i < 20 && (await row(p, 'control-plane').locator('.pod').count()) > 0; i++) await step(p);
    await row(p, 'control-plane').locator('.reason', { hasText: 'taint not tolerated' }).waitFor({ timeout: 20_000 });
    assert.equal(await row(p, 'control-plane').locator('.pod').count(), 0);
    await row(p, 'control-plane').click();
    const reason = await p.locator('.details .reason').first().innerText();
    assert.match(reason, /node-role\.kubernetes\.io\/control-plane:NoSchedule/);
    await wb.screenshot('panel-dark-taint-reason');
    assert.match(readFileSync(join(wb.folder, 'daemonset.yaml'), 'utf8'), /tolerations:/, 'the file on disk is untouched');
  });

  test('RollingUpdate: a changed template reaches one node at a time as time steps', async () => {
    const p = panel(wb.page);
    await focusEditor(wb);
    await goToLine(wb.page, 19); // image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2 (after removing 7 lines)
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Backspace');
    const rev = await revision(p);
    await wb.page.keyboard.type('3');
    await p.locator('.ds-table', { hasText: `revision ${rev + 1}` }).waitFor({ timeout: 20_000 });
    const seen = [];
    for (let i = 0; i < 16; i++) {
      const f = await figures(p);
      seen.push(f.upToDate);
      if (f.upToDate === 3 && f.available === 3) break;
      await step(p);
    }
    assert.equal(seen[seen.length - 1], 3, `rollout finished: ${seen.join(',')}`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i] - seen[i - 1] <= 1 && seen[i] >= seen[i - 1], `one node at a time: ${seen.join(',')}`);
    assert.ok(seen.length >= 3, `the rollout took several steps: ${seen.join(',')}`);
    await wb.screenshot('panel-dark-rolling-update');
  });

  test('OnDelete: UP-TO-DATE stays 0 until a pod is deleted', async () => {
    const p = panel(wb.page);
    await focusEditor(wb);
    await goToLine(wb.page, 9); // "  selector:" at column 1 — insert the strategy before it
    await wb.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await wb.page.evaluate((text) => globalThis.navigator.clipboard.writeText(text), '  updateStrategy:\n    type: OnDelete\n');
    await wb.page.keyboard.press('Control+V');
    await p.locator('.ds-table', { hasText: 'OnDelete' }).waitFor({ timeout: 20_000 }).catch(async (e) => { await wb.screenshot('debug-ondelete'); throw e; });
    const rev = await revision(p);
    await goToLine(wb.page, 21);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Backspace');
    await wb.page.keyboard.type('4');
    await p.locator('.ds-table', { hasText: `revision ${rev + 1}` }).waitFor({ timeout: 20_000 });
    for (let i = 0; i < 3; i++) await step(p);
    assert.equal((await figures(p)).upToDate, 0);
    await row(p, 'worker-1').click();
    await p.locator('.details').getByRole('button', { name: /^Delete pod / }).first().click();
    for (let i = 0; i < 6 && (await figures(p)).upToDate === 0; i++) await step(p);
    assert.equal((await figures(p)).upToDate, 1);
    await wb.screenshot('panel-dark-ondelete');
  });

  test('kubectl terminal: get ds prints the seed columns; taint node changes the panel', async () => {
    const p = panel(wb.page);
    await wb.runCommand('DaemonSet Lab: kubectl');
    const term = wb.page.locator('.terminal-wrapper.active .xterm-rows, .xterm-rows').last();
    await term.waitFor({ timeout: 20_000 });
    await wb.page.locator('.xterm-helper-textarea').last().focus();
    // The simulation has one namespace (default): the seed's kube-system is not kept.
    await wb.page.keyboard.type('kubectl get ds\r');
    await wb.page.locator('.xterm-rows', { hasText: 'UP-TO-DATE' }).last().waitFor({ timeout: 20_000 });
    const text = await wb.page.locator('.xterm-rows').last().innerText();
    assert.match(text, /NAME\s+DESIRED\s+CURRENT\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+NODE SELECTOR\s+AGE/);
    assert.match(text, /fluentd-elasticsearch\s+3\s+3\s+3\s+1\s+3\s+<none>/);
    await wb.page.keyboard.type('taint node worker-3 gpu=true:NoSchedule\r');
    await row(p, 'worker-3').locator('.taint', { hasText: 'gpu=true:NoSchedule' }).waitFor({ timeout: 20_000 });
    await wb.screenshot('panel-dark-terminal');
  });
});

suite('e2e: cluster panel in the light theme', function () {
  this.timeout(300_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ settings, theme: 'Default Light Modern' }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('the panel opens from the editor title button and is keyboard navigable', async () => {
    await wb.openFile('daemonset.yaml');
    await wb.page.locator('.editor-actions a[aria-label^="Open Cluster Panel"], .editor-actions .action-label[aria-label^="DaemonSet Lab: Open Cluster Panel"], .editor-actions .codicon-server-environment').first().click();
    const p = panel(wb.page);
    await p.locator('.node-row .pod').nth(3).waitFor({ timeout: 60_000 });
    await p.locator('.node-list').focus();
    await p.locator('.node-list').press('ArrowDown');
    await p.locator('.node-list').press('ArrowDown');
    await p.locator('.node-row.selected[aria-label^="node worker-1"]').waitFor();
    await p.locator('.details h2', { hasText: 'worker-1' }).waitFor();
    await wb.screenshot('panel-light');
  });

  test('after a window reload the panel comes back with the same cluster, selection and filter', async () => {
    const p = panel(wb.page);
    await p.getByRole('button', { name: /^Add node$/ }).click();
    await row(p, 'worker-4').locator('.pod').first().waitFor({ timeout: 20_000 });
    await p.locator('input.filter').fill('worker');
    await p.locator('.count', { hasText: '4/5' }).waitFor({ timeout: 10_000 });
    // As a person reloads: the command, which lets the workbench and the extension save their state first.
    await wb.runCommand('Developer: Reload Window');
    await wb.page.waitForEvent('load', { timeout: 60_000 });
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // Restored by the WebviewPanelSerializer: the cluster from workspace state (worker-4 and its pod), the
    // webview's own state (selection, filter).
    const q = panel(wb.page);
    try {
      await row(q, 'worker-4').locator('.pod').first().waitFor({ timeout: 60_000 });
    } catch (e) {
      await wb.screenshot('panel-light-restored-failed');
      throw e;
    }
    assert.equal(await q.locator('input.filter').inputValue(), 'worker');
    await q.locator('.count', { hasText: '4/5' }).waitFor({ timeout: 10_000 });
    await q.locator('.node-row.selected[aria-label^="node worker-1"]').waitFor({ timeout: 10_000 });
    await q.locator('.details h2', { hasText: 'worker-1' }).waitFor();
    await wb.screenshot('panel-light-restored');
  });

  test('Import nodes… reads kubectl get nodes -o json of a real node (a public Kubernetes fixture) and shows its labels', async () => {
    const real = parse(realNodeFixture().text);
    const file = join(mkdtempSync(join(tmpdir(), 'dslab-e2e-')), 'nodes.json');
    writeFileSync(file, kubectlGetNodesJson([real]));
    const p = panel(wb.page);
    await p.locator('input.filter').fill('');
    await p.getByRole('button', { name: /^Import nodes…$/ }).click();
    // VS Code's own file dialog in the browser: a path in the quick input.
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    // The dialog fills in its start folder once it has read it; type the path again if that came after ours.
    const listed = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'nodes.json' }).first();
    for (let attempt = 0; ; attempt++) {
      await input.fill(file);
      if (await listed.waitFor({ timeout: 5_000 }).then(() => true, () => false) && await input.inputValue() === file) break;
      if (attempt === 5) throw new Error(`the file dialog never listed ${file}`);
    }
    await input.press('Enter');
    const name = real.metadata.name;
    await row(p, name).waitFor({ timeout: 20_000 });
    await p.locator('.count', { hasText: /^1 nodes?$/ }).waitFor({ timeout: 10_000 });
    await row(p, name).click();
    await p.locator('.details h2', { hasText: name }).waitFor();
    const details = await p.locator('.details').innerText();
    for (const [k, v] of Object.entries(real.metadata.labels)) assert.ok(details.includes(k) && details.includes(v), `label ${k}=${v} shown`);
    assert.match(await row(p, name).innerText(), new RegExp(`${real.status.allocatable.cpu} CPU · ${real.status.allocatable.memory}`));
    await wb.screenshot('panel-light-real-node');
  });
});

suite('e2e: cluster panel in Korean', function () {
  this.timeout(300_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ settings, locale: 'ko' }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('Korean strings, and a NoExecute taint added from the panel evicts the pod with the reason in Korean', async () => {
    await wb.openFile('daemonset.yaml');
    await wb.runCommand('DaemonSet Lab: 클러스터 패널 열기');
    const p = panel(wb.page);
    await p.locator('.node-row .pod').nth(3).waitFor({ timeout: 60_000 });
    await p.locator('h1', { hasText: '가상 클러스터' }).waitFor();
    await p.locator('.node-row[aria-label^="노드 worker-2"]').click();
    const details = p.locator('.details');
    await details.locator('h2', { hasText: 'worker-2' }).waitFor();
    const taintForm = details.locator('fieldset', { hasText: '테인트 추가' });
    await taintForm.locator('input').nth(0).fill('dedicated');
    await taintForm.locator('input').nth(1).fill('db');
    await taintForm.locator('select').selectOption('NoExecute');
    await taintForm.getByRole('button', { name: '테인트 추가' }).click();
    await details.locator('.reason', { hasText: '톨러레이션이 없는 테인트: dedicated=db:NoExecute' }).waitFor({ timeout: 20_000 });
    await p.locator('.node-row[aria-label^="노드 worker-2"] .taint', { hasText: 'dedicated=db:NoExecute' }).waitFor();
    await wb.screenshot('panel-dark-korean');
  });
});
