// Drives the offline VS Code (code-server) in Debian's Chromium as a person would. Shared by every e2e test.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, installExtension, repoRoot, startCodeServer, workbenchUrl } from '../../scripts/code-server.mjs';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * Starts code-server with the extension and opens a temporary copy of `folder` in Chromium (tests never change the
 * repo's fixtures). Call `close()` when done; `wb.folder` is the copy. `locale: 'ko'` makes Korean VS Code's display
 * language (extensions see vscode.env.language 'ko'; VS Code's own UI stays English: no language pack offline).
 */
export async function openWorkbench({ folder = join(repoRoot, 'test', 'fixtures', 'workspace'), theme = 'Default Dark Modern', locale, settings = {} } = {}) {
  const copy = join(mkdtempSync(join(tmpdir(), 'dslab-ws-')), 'workspace');
  cpSync(folder, copy, { recursive: true });
  folder = copy;
  const server = await startCodeServer({ extensions: [(dir) => installExtension(dir)], settings: { 'workbench.colorTheme': theme, ...settings }, locale });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(workbenchUrl(server, folder));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view, .welcome-view, .sidebar').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  const wb = new Workbench(page);
  wb.folder = folder;
  wb.close = async () => { await browser.close(); await server.stop(); rmSync(join(folder, '..'), { recursive: true, force: true }); };
  return wb;
}

export class Workbench {
  constructor(page) { this.page = page; }

  /** Quick Open (Ctrl+P) a file by name and wait for its editor tab. */
  async openFile(name) {
    const { page } = this;
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.tab[aria-label^="${name}"], .tab[data-resource-name="${name}"]`).first().waitFor();
    await page.locator('.editor-instance .view-lines').first().waitFor();
  }

  /** Runs a command from the palette (F1) by its title. */
  async runCommand(title) {
    const { page } = this;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.pick(title);
    // The palette closes, or (for commands that ask something) shows the command's own quick pick.
    await page.waitForFunction(() => {
      const el = document.querySelector('.quick-input-widget input.input');
      return !el || el.offsetParent === null || !el.value.startsWith('>');
    });
  }

  /** In the open quick pick, chooses the row labelled exactly `label` (else the first row containing it). */
  async pick(label) {
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: label }).first().waitFor();
    const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim());
    const exact = labels.indexOf(label);
    await (exact >= 0 ? rows.nth(exact) : rows.filter({ hasText: label }).first()).click();
  }

  /** Waits for a notification toast containing `text` to have finished sliding in. */
  async notification(text) {
    const toast = this.page.locator('.notification-toast.notification-fade-in-done', { hasText: text }).first();
    await toast.waitFor({ timeout: 20_000 });
    return toast;
  }

  /** Switches the colour theme through the palette's theme picker, as a person would, by its label in the picker (e.g. 'Light Modern'). */
  async selectTheme(label) {
    const { page } = this;
    const input = page.locator('.quick-input-widget input.input');
    // The picker lists themes only once the extensions are registered; until then it shows just "Browse...".
    const deadline = Date.now() + 90_000;
    for (;;) {
      await this.runCommand('Preferences: Color Theme');
      await input.fill(label);
      const listed = await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (listed) break;
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`theme "${label}" never appeared in the Color Theme picker`);
    }
    await this.pick(label);
    await input.waitFor({ state: 'hidden' });
  }

  /** Saves a full-window PNG to test-results/screenshots/<name>.png and returns its path. */
  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
