import * as assert from 'node:assert/strict';
import { openWorkbench } from './workbench.mjs';

suite('e2e: the extension in the offline VS Code', function () {
  this.timeout(180_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench(); });
  suiteTeardown(async () => { await wb?.close(); });

  test('opens a DaemonSet YAML and runs a command from the palette', async () => {
    await wb.openFile('daemonset.yaml');
    const text = await wb.page.locator('.editor-instance .view-lines').first().innerText();
    assert.match(text, /kind:\s*DaemonSet/);
    await wb.runCommand('DaemonSet Lab: Show Info');
    const toast = await wb.notification('DaemonSet Lab is ready.');
    assert.ok(await toast.isVisible());
    await wb.screenshot('basic-command');
  });
});

suite('e2e: Korean display language', function () {
  this.timeout(180_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ locale: 'ko', theme: 'Default Light Modern' }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('the command title and its message follow VS Code\'s display language', async () => {
    await wb.openFile('daemonset.yaml');
    await wb.runCommand('DaemonSet Lab: 정보 보기');
    const toast = await wb.notification('데몬셋 실습실이 준비되었습니다.');
    assert.ok(await toast.isVisible());
    await wb.screenshot('basic-command-ko');
  });

  test('the colour theme can be switched from the palette', async () => {
    await wb.selectTheme('Dark Modern');
    // Dark Modern's editor background is #1f1f1f (Light Modern's #ffffff); the theme applies after the picker closes.
    const background = await wb.page.waitForFunction(() => {
      const value = window.getComputedStyle(document.querySelector('.monaco-workbench')).getPropertyValue('--vscode-editor-background').trim().toLowerCase();
      return value === '#1f1f1f' && value;
    }, undefined, { timeout: 10_000 });
    assert.equal(await background.jsonValue(), '#1f1f1f');
    await wb.screenshot('basic-theme-dark');
  });
});
