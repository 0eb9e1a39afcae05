/** The `daemonset-lab` command line: scenario runner, lint, lessons verify, kubectl. */
const [command] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h') {
  process.stdout.write('usage: daemonset-lab <scenario|lint|lessons|kubectl> ...\n');
  process.exit(command ? 0 : 2);
}
process.stderr.write(`daemonset-lab: unknown command "${command}"\n`);
process.exit(2);
