// The offline VS Code: code-server 4.99.3 (VS Code 1.99.3) from the npm registry, cached under .cache/.
// ensureCodeServer() installs it once (a marker file records success); startCodeServer() runs one on a free
// 127.0.0.1 port with fresh user-data and extensions folders, with the given extensions copied in.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSION = '4.99.3';
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(repoRoot, '.cache', `code-server-${VERSION}`);
const csDir = join(cacheDir, 'node_modules', 'code-server');
const marker = join(cacheDir, '.installed');

function sh(cmd, args, cwd, extraEnv = {}) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...extraEnv } });
}

/** Installs code-server into .cache once; later calls return at once. Returns the entry script. */
export function ensureCodeServer({ log = console.log } = {}) {
  const entry = join(csDir, 'out', 'node', 'entry.js');
  if (existsSync(marker) && existsSync(entry)) return entry;
  log(`installing code-server ${VERSION} into ${cacheDir} (once; cached afterwards)`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'package.json'), '{"name":"code-server-cache","private":true}\n');
  sh('npm', ['install', '--ignore-scripts', `code-server@${VERSION}`], cacheDir);
  const vscodeDir = join(csDir, 'lib', 'vscode');
  sh('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  const rgDir = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  rmSync(join(rgDir, 'rg'), { force: true });
  symlinkSync(execFileSync('which', ['rg']).toString().trim(), join(rgDir, 'rg'));
  // npm 11 skips dependency install scripts unless allowed; these are code-server's own native modules.
  sh('npm', ['rebuild', '--dangerously-allow-all-scripts'], vscodeDir);
  rmSync(join(vscodeDir, 'node_modules.asar'), { force: true, recursive: true });
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  sh('npm', ['install', '--omit=dev', '--dangerously-allow-all-scripts'], join(vscodeDir, 'extensions'));
  sh('npm', ['rebuild', 'argon2', '--dangerously-allow-all-scripts'], cacheDir);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return entry;
}

/**
 * Makes `locale` VS Code's display language without the marketplace: a minimal language-pack extension
 * (no translations of VS Code's own UI, which stays English) registered in languagepacks.json, the file VS Code
 * reads to resolve a language pack. Extensions then see `vscode.env.language === locale` and VS Code applies
 * their package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json.
 */
function installDisplayLanguage(userDataDir, extensionsDir, locale) {
  const id = `daemonset-lab.test-language-pack-${locale}`;
  const dir = join(extensionsDir, `${id}-0.0.1`);
  const translations = join(dir, 'translations', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: `test-language-pack-${locale}`, publisher: 'daemonset-lab', version: '0.0.1', engines: { vscode: '^1.90.0' },
    contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }));
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: { hash: `dslab-${locale}`, label: locale, extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }], translations: { vscode: translations } },
  }));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Files and folders of the extension as the .vsix would carry them. */
const extensionFiles = (from) => ['package.json', ...readdirSync(from).filter((f) => /^package\.nls(\..+)?\.json$/.test(f)).sort(), 'LICENSE', 'README.md', 'CHANGELOG.md', 'dist', 'media', 'lessons', 'l10n'];

/** Copies the built extension into `extensionsDir` as `daemonset-lab.daemonset-lab-<version>`. */
export function installExtension(extensionsDir, from = repoRoot) {
  const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const f of extensionFiles(from)) if (existsSync(join(from, f))) cpSync(join(from, f), join(target, f), { recursive: true });
  if (!existsSync(join(target, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run `npm run build` first');
  return target;
}

/**
 * Starts code-server. `extensions` are folders to copy in; `settings` become the user settings.json;
 * `env` is passed to the server and so to its extension host. Returns { url, port, userDataDir, stop }.
 */
export async function startCodeServer({ extensions = [], settings = {}, env = {}, locale, log = () => {} } = {}) {
  const entry = ensureCodeServer();
  const base = mkdtempSync(join(tmpdir(), 'dslab-cs-'));
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.enableExperiments': false,
    'window.restoreWindows': 'none',
    'editor.minimap.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'git.enabled': false,
    'files.autoSave': 'off',
    ...settings,
  }, null, 2));
  if (locale) {
    writeFileSync(join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }));
    if (!locale.startsWith('en')) installDisplayLanguage(userDataDir, extensionsDir, locale);
  }
  for (const ext of extensions) {
    if (typeof ext === 'string') cpSync(ext, join(extensionsDir, ext.split('/').pop()), { recursive: true });
    else ext(extensionsDir);
  }
  const port = await freePort();
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  if (locale) args.push('--locale', locale);
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => { output += d; log(String(d)); });
  child.stderr.on('data', (d) => { output += d; log(String(d)); });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await new Promise((r) => { const t = setTimeout(r, 5000); child.once('exit', () => { clearTimeout(t); r(); }); });
      if (child.exitCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(base, { recursive: true, force: true });
  };
  return { url, port, userDataDir, extensionsDir, stop, output: () => output };
}

/** URL that opens `folder` in the workbench and, if given, the file `openFile` (an absolute path) in an editor. */
export function workbenchUrl(server, folder, openFile) {
  const url = `${server.url}?folder=${encodeURIComponent(folder)}`;
  if (!openFile) return url;
  const payload = [['openFile', `vscode-remote://127.0.0.1:${server.port}${openFile}`]];
  return `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Debian's Chromium with the flags this closed network needs. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'install') {
  ensureCodeServer();
  console.log(`code-server ${VERSION} ready in ${cacheDir}`);
}
