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
