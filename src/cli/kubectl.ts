/**
 * `daemonset-lab kubectl`: runs simulated kubectl command lines against a fresh virtual cluster whose nodes come
 * from a YAML file. Several commands may be given, separated by a standalone `;`; `advance N` between them moves
 * virtual time forward by N seconds.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { NodeInput, Simulation, SimulationOptions } from '../core/sim/api';
import type { Node } from '../core/model/types';
import { runKubectl } from '../core/kubectl/index';

export const kubectlUsage = `usage: daemonset-lab kubectl [--cluster FILE] [--seed N] [--readiness auto|manual] [--deletion instant|graceful] [--lang en|ko] -- COMMAND [; COMMAND ...]

Runs the simulated kubectl (Kubernetes 1.34 output) against a fresh in-process virtual cluster.
  --cluster FILE   nodes of the cluster, either
                     nodes: [{name, labels?, taints?, unschedulable?, ready?, allocatable?, pods?}]   (scenario format)
                   optionally with namespace/readiness/deletion/seed keys, or the output of
                   "kubectl get nodes -o yaml" (a List of Node objects), or Node documents.
                   Without --cluster the cluster has three nodes: node-1, node-2, node-3.
  COMMAND          a kubectl command line without the word kubectl, e.g.  apply -f ds.yaml ; get ds -o wide
                   "advance N" between commands moves virtual time forward by N seconds.
                   Quote ";" in your shell:  daemonset-lab kubectl -- apply -f ds.yaml ';' get pods -o wide
Files named by "apply -f" / "create -f" are read relative to the current directory.
Exit status: that of the last command that failed, else 0; 2 for a bad cluster file or usage.
`;

type Doc = Record<string, unknown>;

function nodeFromObject(o: Node): NodeInput {
  const name = o.metadata?.name;
  if (!name) throw new Error('a Node without metadata.name');
  const input: NodeInput = { name, labels: o.metadata?.labels ?? {}, taints: o.spec?.taints ?? [], unschedulable: Boolean(o.spec?.unschedulable) };
  const ready = o.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  if (ready === 'True' || ready === 'False' || ready === 'Unknown') input.ready = ready;
  if (o.status?.allocatable) input.allocatable = o.status.allocatable as NodeInput['allocatable'];
  return input;
}

/** Reads a cluster file into simulation options and nodes. Throws with a message naming the problem. */
export function parseClusterFile(text: string): { options: SimulationOptions; nodes: NodeInput[] } {
  const docs = parseAllDocuments(text);
  const options: SimulationOptions = {};
  const nodes: NodeInput[] = [];
  for (const d of docs) {
    if (d.errors.length) throw new Error(d.errors[0].message);
    const v = d.toJS() as unknown;
    if (v == null) continue;
    if (typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a mapping at the top level');
    const o = v as Doc;
    if (Array.isArray(o.nodes)) {
      for (const n of o.nodes as NodeInput[]) {
        if (!n || typeof n.name !== 'string') throw new Error('every entry of nodes needs a name');
        nodes.push(n);
      }
      if (typeof o.namespace === 'string') options.namespace = o.namespace;
      if (o.readiness === 'auto' || o.readiness === 'manual') options.readiness = o.readiness;
      if (o.deletion === 'instant' || o.deletion === 'graceful') options.deletion = o.deletion;
      if (typeof o.seed === 'number') options.seed = o.seed;
    } else if ((o.kind === 'List' || o.kind === 'NodeList') && Array.isArray(o.items)) {
      for (const item of o.items as Node[]) nodes.push(nodeFromObject(item));
    } else if (o.kind === 'Node') {
      nodes.push(nodeFromObject(o as Node));
    } else {
      throw new Error('expected "nodes:", a List of Nodes, or Node documents');
    }
  }
  return { options, nodes };
}

export interface KubectlCliDeps {
  createSimulation(options: SimulationOptions): Simulation;
  readFile?(path: string): string | undefined;
  write(stream: 'stdout' | 'stderr', text: string): void;
}

function readText(path: string): string | undefined {
  try { return readFileSync(path, 'utf8'); } catch { return undefined; }
}

/** Runs the CLI; returns the exit status. */
export function kubectlCli(argv: string[], deps: KubectlCliDeps): number {
  const readFile = deps.readFile ?? readText;
  const options: SimulationOptions = { seed: 1 };
  let clusterFile: string | undefined;
  let language: 'en' | 'ko' = 'en';
  let i = 0;
  for (; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    try {
      if (a === '--help' || a === '-h') { deps.write('stdout', kubectlUsage); return 0; }
      else if (a === '--cluster') clusterFile = value();
      else if (a === '--seed') options.seed = Number(value());
      else if (a === '--readiness') options.readiness = value() === 'manual' ? 'manual' : 'auto';
      else if (a === '--deletion') options.deletion = value() === 'graceful' ? 'graceful' : 'instant';
      else if (a === '--lang') language = value() === 'ko' ? 'ko' : 'en';
      else { deps.write('stderr', `daemonset-lab kubectl: unknown option ${a}\n${kubectlUsage}`); return 2; }
    } catch (e) {
      deps.write('stderr', `daemonset-lab kubectl: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const rest = argv.slice(i + 1);
  if (i >= argv.length || rest.length === 0) { deps.write('stderr', kubectlUsage); return 2; }
  let nodes: NodeInput[] = [{ name: 'node-1' }, { name: 'node-2' }, { name: 'node-3' }];
  if (clusterFile) {
    const text = readFile(clusterFile);
    if (text === undefined) { deps.write('stderr', `daemonset-lab kubectl: cannot read ${clusterFile}\n`); return 2; }
    try {
      const parsed = parseClusterFile(text);
      Object.assign(options, parsed.options);
      nodes = parsed.nodes;
    } catch (e) {
      deps.write('stderr', `daemonset-lab kubectl: ${clusterFile}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const sim = deps.createSimulation(options);
  for (const n of nodes) sim.addNode(n);
  sim.settle();
  const commands: string[][] = [[]];
  for (const t of rest) {
    if (t === ';') commands.push([]); else if (t.endsWith(';') && t.length > 1) { commands[commands.length - 1].push(t.slice(0, -1)); commands.push([]); } else commands[commands.length - 1].push(t);
  }
  let status = 0;
  for (const c of commands.filter((x) => x.length > 0)) {
    if (c[0] === 'advance') {
      const s = Number(c[1]);
      if (!(s >= 0)) { deps.write('stderr', `daemonset-lab kubectl: advance needs a number of seconds\n`); return 2; }
      sim.advance(s);
      continue;
    }
    const r = runKubectl(sim, c, { readFile, language });
    if (r.stdout) deps.write('stdout', r.stdout);
    if (r.stderr) deps.write('stderr', r.stderr);
    if (r.exitCode !== 0) status = r.exitCode;
  }
  return status;
}
