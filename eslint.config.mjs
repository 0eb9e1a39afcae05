import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.cache/**', 'node_modules/**', 'web/dist/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The core runs unchanged in the extension host, the CLI, the webview and a browser page,
    // and must be deterministic: no vscode, no DOM, no Node built-ins, no timers, no Math.random.
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', ...nodeBuiltins],
        patterns: ['node:*', '**/extension/**', '**/webview/**', '**/cli/**'],
      }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval',
        'console', 'process', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'require', 'Buffer'],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the injected seeded Rng.' },
        { object: 'Date', property: 'now', message: 'Use the injected Clock.' },
        { object: 'performance', property: 'now', message: 'Use the injected Clock.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected Clock.' }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/core/**', '**/extension/**', 'vscode'] }],
    },
  },
  {
    // Plain scripts that run inside webviews.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly', Element: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', Event: 'readonly', KeyboardEvent: 'readonly', MessageEvent: 'readonly', console: 'readonly' } },
  },
  {
    files: ['test/harness/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'test/e2e/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', fetch: 'readonly', suite: 'readonly', test: 'readonly', suiteSetup: 'readonly', suiteTeardown: 'readonly', setup: 'readonly', teardown: 'readonly', document: 'readonly', window: 'readonly' } },
  },
);
