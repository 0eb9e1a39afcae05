// `npm run test:electron`: the integration suite through @vscode/test-cli / @vscode/test-electron.
// Needs to download VS Code, so it is for machines with internet; CI here uses the offline code-server runner
// (scripts/run-integration.mjs + test/harness), which runs the same compiled files in the same (sorted) order.
import { defineConfig } from '@vscode/test-cli';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'out/test/integration';
const files = existsSync(dir)
  ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.test.js')).map((f) => join(dir, String(f))).sort()
  : [`${dir}/**/*.test.js`];

export default defineConfig({
  files,
  workspaceFolder: 'test/fixtures/workspace',
  mocha: { ui: 'tdd', timeout: 30000 },
});
