// `npm run test:electron`: the integration suite through @vscode/test-cli / @vscode/test-electron.
// Needs to download VS Code, so it is for machines with internet; CI here uses the offline code-server runner.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: 'test/fixtures/workspace',
  mocha: { ui: 'tdd', timeout: 30000 },
});
