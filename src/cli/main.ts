/** The `daemonset-lab` command line: scenario runner, lint, lessons verify, kubectl. */
import { runScenarioCli } from './scenario';
import { kubectlCli } from './kubectl';
import { lintCli } from './lint';
import { lessonsCli } from './lessons';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createSimulation } from '../core/sim/simulation';

// Output piped into a reader that stops early (`| head`) ends the run quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'scenario') {
  process.exitCode = runScenarioCli(rest, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
} else if (command === 'lint') {
  process.exitCode = lintCli(rest, { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }, write: (stream, text) => process[stream].write(text) });
} else if (command === 'kubectl') {
  process.exitCode = kubectlCli(rest, { createSimulation, write: (stream, text) => process[stream].write(text) });
} else if (command === 'lessons') {
  process.exitCode = lessonsCli(rest, join(__dirname, '..', 'lessons'), (stream, text) => process[stream].write(text));
} else if (!command || command === '--help' || command === '-h') {
  process.stdout.write('usage: daemonset-lab <scenario|lint|lessons|kubectl> ...\n');
  process.exit(command ? 0 : 2);
} else {
  process.stderr.write(`daemonset-lab: unknown command "${command}"\n`);
  process.exit(2);
}
