// The `yaml` package's node build reads process.env.LOG_TOKENS for every token its parser sees (a call into the
// environment each time, about a fifth of a parse); its browser build is the same parser without that debug switch.
// Every bundle of ours (the node ones too, and the benchmarks, which measure what ships) takes the browser build.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** esbuild plugin: `import 'yaml'` resolves to yaml/browser/index.js. */
export const yamlBrowserBuild = {
  name: 'yaml-browser-build',
  setup(build) {
    const entry = join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js');
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: entry }));
  },
};
