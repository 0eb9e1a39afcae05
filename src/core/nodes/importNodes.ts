/**
 * Node objects ⇄ NodeInput: import a YAML/JSON file of Nodes (including `kubectl get nodes -o yaml|json`
 * output, a v1 List), convert the simulation's nodes back for persistence, and export them as a List.
 */
import { parseAllDocuments, stringify } from 'yaml';
import type { Node, Taint } from '../model/types';
import type { NodeInput } from '../sim/api';

export interface ImportResult {
  nodes: NodeInput[];
  /** Problems with the file or with single items; items with problems are skipped. */
  errors: string[];
}

const effects = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) out[k] = x === null || x === undefined ? '' : String(x);
  return out;
}

function taintsOf(v: unknown, where: string, errors: string[]): Taint[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) { errors.push(`${where}: spec.taints must be a list`); return undefined; }
  const out: Taint[] = [];
  v.forEach((t, i) => {
    if (!isObject(t) || typeof t.key !== 'string' || typeof t.effect !== 'string' || !effects.has(t.effect)) {
      errors.push(`${where}: spec.taints[${i}] needs a key and an effect (NoSchedule, PreferNoSchedule or NoExecute)`);
      return;
    }
    const taint: Taint = { key: t.key, effect: t.effect };
    if (t.value !== undefined && t.value !== null && t.value !== '') taint.value = String(t.value);
    if (typeof t.timeAdded === 'string') taint.timeAdded = t.timeAdded;
    out.push(taint);
  });
  return out;
}

/** One Node object → NodeInput; undefined (with an error) when it is not a usable Node. */
export function nodeObjectToInput(obj: unknown, where: string, errors: string[]): NodeInput | undefined {
  if (!isObject(obj)) { errors.push(`${where}: not an object`); return undefined; }
  if (obj.kind !== undefined && obj.kind !== 'Node') { errors.push(`${where}: kind ${String(obj.kind)} is not a Node (skipped)`); return undefined; }
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  const name = meta.name;
  if (typeof name !== 'string' || !dns1123Subdomain.test(name) || name.length > 253) {
    errors.push(`${where}: metadata.name ${name === undefined ? 'is missing' : `"${String(name)}" is not a valid node name`}`);
    return undefined;
  }
  const spec = isObject(obj.spec) ? obj.spec : {};
  const status = isObject(obj.status) ? obj.status : {};
  const input: NodeInput = { name };
  const labels = stringMap(meta.labels);
  if (labels) input.labels = labels;
  const taints = taintsOf(spec.taints, `node ${name}`, errors);
  if (taints && taints.length) input.taints = taints;
  if (spec.unschedulable === true) input.unschedulable = true;
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.find((c) => isObject(c) && c.type === 'Ready') as Record<string, unknown> | undefined;
  input.ready = ready && (ready.status === 'True' || ready.status === 'False' || ready.status === 'Unknown') ? ready.status : ready ? 'Unknown' : 'True';
  const alloc = stringMap(status.allocatable) ?? stringMap(status.capacity);
  if (alloc) {
    input.allocatable = {};
    if (alloc.cpu) input.allocatable.cpu = alloc.cpu;
    if (alloc.memory) input.allocatable.memory = alloc.memory;
    if (alloc.pods) input.allocatable.pods = alloc.pods;
  }
  return input;
}

/** Parses a YAML or JSON file of Node objects, a List of them, or several YAML documents. */
export function importNodes(text: string): ImportResult {
  const errors: string[] = [];
  const nodes: NodeInput[] = [];
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) errors.push('the file is not YAML or JSON');
  list.forEach((doc, d) => {
    for (const e of doc.errors) errors.push(`document ${d + 1}: ${e.message.split('\n')[0]}`);
    if (doc.errors.length) return;
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const items = isObject(value) && Array.isArray(value.items) && (value.kind === 'List' || value.kind === 'NodeList' || value.kind === undefined)
      ? value.items : Array.isArray(value) ? value : [value];
    items.forEach((item: unknown, i: number) => {
      const where = items === value || items.length > 1 ? `document ${d + 1} item ${i + 1}` : `document ${d + 1}`;
      const input = nodeObjectToInput(item, where, errors);
      if (!input) return;
      if (nodes.some((n) => n.name === input.name)) { errors.push(`${where}: duplicate node name ${input.name} (skipped)`); return; }
      nodes.push(input);
    });
  });
  if (nodes.length === 0 && errors.length === 0) errors.push('the file has no Node objects');
  return { nodes, errors };
}

/** The simulation's Node → NodeInput (for persisting the cluster); drops the automatic lifecycle taints. */
export function nodeToInput(node: Node): NodeInput {
  const errors: string[] = [];
  const input = nodeObjectToInput({ ...node, kind: 'Node' }, 'node', errors) ?? { name: node.metadata?.name ?? 'node' };
  if (input.taints) {
    const lifecycle = /^node\.kubernetes\.io\/(not-ready|unreachable|unschedulable)$/;
    input.taints = input.taints.filter((t) => !lifecycle.test(t.key)).map((t) => ({ key: t.key, effect: t.effect, ...(t.value ? { value: t.value } : {}) }));
    if (input.taints.length === 0) delete input.taints;
  }
  return input;
}

/** NodeInput → a v1 Node object as `kubectl get node -o yaml` shows the fields the lab uses. */
export function inputToNodeObject(n: NodeInput): Node {
  const alloc: Record<string, string> = {};
  if (n.allocatable?.cpu) alloc.cpu = n.allocatable.cpu;
  if (n.allocatable?.memory) alloc.memory = n.allocatable.memory;
  if (n.allocatable?.pods !== undefined) alloc.pods = String(n.allocatable.pods);
  const spec: Node['spec'] = {};
  if (n.taints?.length) spec.taints = n.taints;
  if (n.unschedulable) spec.unschedulable = true;
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name: n.name, labels: n.labels ?? {} },
    spec,
    status: { allocatable: alloc, capacity: alloc, conditions: [{ type: 'Ready', status: n.ready ?? 'True' }] },
  };
}

/** A `kind: List` of Node objects in YAML; importNodes reads it back unchanged. */
export function exportNodes(nodes: NodeInput[]): string {
  return stringify({ apiVersion: 'v1', kind: 'List', items: nodes.map(inputToNodeObject) });
}
