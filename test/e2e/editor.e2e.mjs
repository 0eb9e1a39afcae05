// Editor intelligence as a person sees it (issue 4): a broken DaemonSet gets squiggles, and hovering one shows our
// diagnostic and the field's API docs, in English and with Korean as VS Code's display language.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/code-server.mjs';
import { openWorkbench } from './workbench.mjs';

const cases = [
  { locale: undefined, name: 'en', theme: 'Default Light Modern', message: "A DaemonSet's pods must have restartPolicy: Always" },
  { locale: 'ko', name: 'ko', theme: 'Default Dark Modern', message: 'DaemonSet 파드의 restartPolicy는 Always여야 합니다' },
];

for (const c of cases) {
  suite(`e2e: squiggles and hover in the editor (${c.name})`, function () {
    this.timeout(180_000);
    let wb;
    let folder;
    suiteSetup(async () => {
      folder = join(mkdtempSync(join(tmpdir(), 'dslab-broken-')), 'workspace');
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(repoRoot, 'test', 'fixtures', 'daemonsets', 'seven-errors.yaml'), join(folder, 'broken.yaml'));
      wb = await openWorkbench({ folder, locale: c.locale, theme: c.theme });
    });
    suiteTeardown(async () => {
      await wb?.close();
      rmSync(join(folder, '..'), { recursive: true, force: true });
    });

    test('a broken DaemonSet shows its errors as squiggles; hovering one shows the message and the field docs', async () => {
      const { page } = wb;
      await wb.openFile('broken.yaml');
      // Eight errors (seven deliberate mistakes, one of them reported twice), each drawn as a squiggle.
      await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-error').length >= 8, undefined, { timeout: 60_000 });
      const value = page.locator('.editor-instance .view-line span', { hasText: /^OnFailure$/ }).first();
      await value.hover();
      const hover = page.locator('.monaco-hover', { hasText: c.message }).first();
      await hover.waitFor({ timeout: 20_000 });
      const text = await hover.innerText();
      assert.match(text, /spec\.template\.spec\.restartPolicy: Unsupported value: "OnFailure"/);
      // Our hover provider adds the field's documentation from the Kubernetes API reference.
      assert.match(text, /Restart policy for all containers within the pod/);
      await wb.screenshot(`editor-squiggles-hover-${c.name}`);
    });
  });
}
