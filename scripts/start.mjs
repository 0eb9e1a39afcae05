// `npm start`: the product. With `code` on PATH: VS Code with the extension (development mode) and the lessons
// folder open, on the first lesson. Otherwise the offline code-server on 127.0.0.1, printing the URL to open.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION, installExtension, repoRoot, startCodeServer, workbenchUrl } from './code-server.mjs';

execFileSync('node', ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const lessons = join(repoRoot, 'lessons');
const first = existsSync(lessons) ? readdirSync(lessons).filter((d) => /^01-/.test(d)).sort()[0] : undefined;
const starter = first ? ['start.yaml', 'lesson.en.md'].map((f) => join(lessons, first, f)).find((f) => existsSync(f)) : undefined;
const folder = existsSync(lessons) ? lessons : join(repoRoot, 'test', 'fixtures', 'workspace');

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0 && !process.argv.includes('--offline');
if (hasCode) {
  const args = [`--extensionDevelopmentPath=${repoRoot}`, folder, ...(starter ? [starter] : [])];
  spawnSync('code', args, { stdio: 'inherit' });
  console.log(`VS Code opened with DaemonSet Lab (development mode) and ${starter ?? folder}.`);
} else {
  const server = await startCodeServer({ extensions: [(dir) => installExtension(dir)], settings: { 'workbench.colorTheme': 'Default Dark Modern' }, log: () => {} });
  console.log(`\nDaemonSet Lab in VS Code (code-server ${VERSION}, offline), with the lessons open:\n\n  ${workbenchUrl(server, folder, starter)}\n`);
  console.log('Open that URL in a browser on this machine. Ctrl-C stops the server.');
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}
