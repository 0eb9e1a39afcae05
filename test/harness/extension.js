// Test-only extension (never shipped): when DSLAB_TEST_RESULTS is set, runs the compiled integration suite
// (mocha, tdd UI) inside this extension host and writes { passed, failed, tests } to that file.
const fs = require('node:fs');
const path = require('node:path');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? findTests(p) : e.name.endsWith('.test.js') ? [p] : [];
  }).sort();
}

async function activate() {
  const resultsFile = process.env.DSLAB_TEST_RESULTS;
  const repo = process.env.DSLAB_REPO;
  if (!resultsFile || !repo) return;
  const tests = [];
  const write = (extra) => fs.writeFileSync(resultsFile + '.tmp', JSON.stringify({ tests, ...extra }, null, 2));
  try {
    const Mocha = require(path.join(repo, 'node_modules', 'mocha'));
    const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: false, reporter: 'spec' });
    const grep = process.env.DSLAB_TEST_GREP;
    if (grep) mocha.grep(grep);
    const files = findTests(path.join(repo, 'out', 'test', 'integration'));
    if (files.length === 0) throw new Error('no out/test/integration/**/*.test.js: run `npm run compile-tests` first');
    for (const f of files) mocha.addFile(f);
    await new Promise((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration }));
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: String(err && err.stack || err) }));
    });
    write({ passed: tests.filter((t) => t.state === 'passed').length, failed: tests.filter((t) => t.state === 'failed').length, total: tests.length });
  } catch (err) {
    write({ passed: 0, failed: 1, total: tests.length, error: String(err && err.stack || err) });
  }
  fs.renameSync(resultsFile + '.tmp', resultsFile);
}

module.exports = { activate, deactivate() {} };
