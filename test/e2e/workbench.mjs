// Drives the offline VS Code (code-server) in Debian's Chromium as a person would. Shared by every e2e test.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, installExtension, repoRoot, startCodeServer, workbenchUrl } from '../../scripts/code-server.mjs';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * Starts code-server with the extension and opens a temporary copy of `folder` in Chromium (tests never change the
 * repo's fixtures). Call `close()` when done; `wb.folder` is the copy.
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
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor();
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' }).catch(() => undefined);
  }

  /** Waits for a notification toast containing `text`. */
  async notification(text) {
    const toast = this.page.locator('.notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: 20_000 });
    return toast;
  }

  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
