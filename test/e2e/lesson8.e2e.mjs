// Lesson 8 (OnDelete, seed 001's session) in the offline VS Code, as a person would: edit the starter YAML, see
// UP-TO-DATE stay 0, delete a pod from the lesson's kubectl terminal, switch back to RollingUpdate; ticks appear.
import * as assert from 'node:assert/strict';
import { openWorkbench } from './workbench.mjs';

const settings = { 'terminal.integrated.gpuAcceleration': 'off', 'editor.autoIndent': 'none', 'editor.formatOnType': false, 'editor.autoClosingBrackets': 'never', 'editor.quickSuggestions': { other: false, comments: false, strings: false } };
const lessonView = (page) => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

/** Replaces the last `n` characters of line `line` with `text` (select, then type: no half-edited state is applied). */
async function replaceLineEnd(page, line, n, text) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  for (let i = 0; i < n; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type(text);
}

suite('e2e: lesson 8 (OnDelete) in VS Code', function () {
  this.timeout(300_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ settings }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('UP-TO-DATE stays 0 until a pod is deleted, then RollingUpdate replaces the rest', async () => {
    const { page } = wb;
    await page.locator('.activitybar .action-label[aria-label^="DaemonSet Lab"]').click();
    const row = page.locator('.pane-body .monaco-list-row', { hasText: 'OnDelete updates' }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    const view = lessonView(page);
    await view.locator('main > h1', { hasText: 'OnDelete updates' }).waitFor({ timeout: 30_000 });
    const editor = page.locator('.editor-instance .view-lines').first();
    await editor.waitFor();
    assert.match(await editor.innerText(), /type:\s*RollingUpdate/);
    await editor.click();

    // Step 1: seed 001's edit in one go, strategy first (so the template change is never rolled out).
    await replaceLineEnd(page, 15, 'RollingUpdate'.length, 'OnDelete');
    await replaceLineEnd(page, 26, 1, '2');
    await view.locator('.step.passed').first().waitFor({ timeout: 30_000 });

    // Step 2: change it again; still nothing is replaced.
    await replaceLineEnd(page, 26, 1, '3');
    await view.locator('.step.passed').nth(1).waitFor({ timeout: 30_000 });

    // Step 3: delete the pod on worker-1 from the lesson's kubectl terminal.
    await view.getByRole('button', { name: 'kubectl', exact: true }).click();
    const rows = page.locator('.terminal-wrapper.active .xterm-rows');
    await rows.waitFor({ timeout: 20_000 });
    await page.locator('.terminal-wrapper.active .xterm').click();
    await page.keyboard.type('get ds -n kube-system\n');
    await rows.filter({ hasText: /fluentd-elasticsearch\s+2\s+2\s+2\s+0\s+2/ }).waitFor({ timeout: 15_000 });
    await page.keyboard.type('get pods -n kube-system -o wide\n');
    await rows.filter({ hasText: /worker-1/ }).waitFor({ timeout: 15_000 });
    const name = /(fluentd-elasticsearch-[a-z0-9]{5})\s+1\/1\s+Running\s+\d+\s+\S+\s+\S+\s+worker-1/.exec(await rows.innerText())?.[1];
    assert.ok(name, 'a pod runs on worker-1');
    await page.keyboard.type(`delete pod ${name} -n kube-system\n`);
    await view.locator('.step.passed').nth(2).waitFor({ timeout: 30_000 });
    await page.keyboard.type('get ds -n kube-system\n');
    await rows.filter({ hasText: /fluentd-elasticsearch\s+2\s+2\s+2\s+1\s+2/ }).waitFor({ timeout: 15_000 });
    await wb.screenshot('lesson8-ondelete-after-delete');

    // Step 4: back to RollingUpdate; the remaining old pod is replaced.
    await editor.click();
    await replaceLineEnd(page, 15, 'OnDelete'.length, 'RollingUpdate');
    await view.locator('.complete').waitFor({ timeout: 30_000 });
    assert.equal(await view.locator('.step.passed').count(), 4);
    await wb.screenshot('lesson8-complete');
  });
});
