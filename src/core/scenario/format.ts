/**
 * The scenario file format `daemonset-conformance/v1` (shared/spec/scenario-format.md): types, and a loader
 * that rejects unknown keys and malformed values with a message naming the file, scenario id and step.
 */
import { parse } from 'yaml';

export type Step = Record<string, unknown> & { templateId?: string; snapshot?: string; expect?: Expect; why?: string };
export type Expect = Record<string, unknown>;

export interface ScenarioDefaults {
  namespace?: string;
  readiness?: 'auto' | 'manual';
  deletion?: 'instant' | 'graceful';
  nodeAllocatable?: { cpu?: string; memory?: string; pods?: number | string };
  nodeReady?: 'True' | 'False' | 'Unknown';
  startTime?: number;
  seed?: number;
}

export interface Scenario {
  id: string;
  title?: string;
  rules?: string[];
  confidence?: 'high' | 'medium';
  minVersion?: string;
  notes?: string;
  readiness?: 'auto' | 'manual';
  deletion?: 'instant' | 'graceful';
  nodes: Record<string, unknown>[];
  steps: Step[];
}

export interface ScenarioFile {
  file: string;
  defaults: ScenarioDefaults;
  scenarios: Scenario[];
}

export class ScenarioFormatError extends Error {}

export const actionKeys = ['apply', 'deleteDaemonSet', 'addNode', 'removeNode', 'labelNode', 'taintNode', 'cordon', 'uncordon',
  'setNodeReady', 'markReady', 'markNotReady', 'setPodPhase', 'deletePod', 'createPod', 'relabelPod', 'advance', 'rolloutUndo', 'kubectl'];
export const expectKeys = ['accepted', 'errors', 'exactErrors', 'pods', 'podsOnNode', 'podCounts', 'podStates', 'maxPodsPerNode',
  'nodesWithPodCount', 'status', 'dsFields', 'nodeFields', 'podFields', 'revisions', 'revisionFields', 'notFound', 'podCount',
  'revisionCount', 'orphanPods', 'podNames', 'podsMatchSnapshot', 'podsDifferFromSnapshot', 'events', 'schedulingFailures', 'kubectl'];
export const kubectlExpectKeys = ['getDaemonSet', 'getDaemonSetWide', 'age', 'rolloutStatus', 'rolloutStatusError', 'describeContains',
  'rolloutHistory', 'output', 'error', 'outputContains'];
const statusKeys = ['desired', 'current', 'ready', 'upToDate', 'available', 'unavailable', 'misscheduled', 'observedGeneration'];
const nodeKeys = ['name', 'labels', 'taints', 'unschedulable', 'ready', 'allocatable', 'pods'];
const barePodKeys = ['name', 'labels', 'requests', 'hostPorts', 'ready', 'node'];

/** Sub-keys (and required ones) of the mapping-valued actions. */
const actionShapes: Record<string, { keys: string[]; required: string[] }> = {
  deleteDaemonSet: { keys: ['name', 'cascade'], required: ['name'] },
  labelNode: { keys: ['node', 'set', 'remove'], required: ['node'] },
  taintNode: { keys: ['node', 'add', 'remove'], required: ['node'] },
  setNodeReady: { keys: ['node', 'status'], required: ['node', 'status'] },
  markReady: { keys: ['ds', 'nodes'], required: ['ds', 'nodes'] },
  markNotReady: { keys: ['ds', 'nodes'], required: ['ds', 'nodes'] },
  setPodPhase: { keys: ['ds', 'node', 'phase'], required: ['ds', 'node', 'phase'] },
  deletePod: { keys: ['ds', 'node', 'name'], required: [] },
  relabelPod: { keys: ['ds', 'node', 'set'], required: ['ds', 'node', 'set'] },
  rolloutUndo: { keys: ['ds', 'toRevision'], required: ['ds'] },
};

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function onlyKeys(o: unknown, allowed: string[], where: string): void {
  if (!isObj(o)) throw new ScenarioFormatError(`${where}: expected a mapping`);
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new ScenarioFormatError(`${where}: unknown key "${k}"`);
}

function checkNode(n: unknown, where: string): void {
  onlyKeys(n, nodeKeys, where);
  const node = n as Record<string, unknown>;
  if (typeof node.name !== 'string' || !node.name) throw new ScenarioFormatError(`${where}: node needs a name`);
  if (node.ready !== undefined && !['True', 'False', 'Unknown'].includes(String(node.ready))) throw new ScenarioFormatError(`${where}.ready: must be "True", "False" or "Unknown"`);
  if (node.allocatable !== undefined) onlyKeys(node.allocatable, ['cpu', 'memory', 'pods'], `${where}.allocatable`);
  if (node.taints !== undefined && !Array.isArray(node.taints)) throw new ScenarioFormatError(`${where}.taints: expected a list`);
  for (const [i, t] of ((node.taints as unknown[]) ?? []).entries()) onlyKeys(t, ['key', 'value', 'effect'], `${where}.taints[${i}]`);
  for (const [i, p] of ((node.pods as unknown[]) ?? []).entries()) onlyKeys(p, barePodKeys, `${where}.pods[${i}]`);
}

function checkExpect(e: unknown, where: string): void {
  onlyKeys(e, expectKeys, where);
  const ex = e as Record<string, unknown>;
  if (ex.kubectl !== undefined) onlyKeys(ex.kubectl, kubectlExpectKeys, `${where}.kubectl`);
  if (isObj(ex.status)) for (const [ds, s] of Object.entries(ex.status)) onlyKeys(s, statusKeys, `${where}.status.${ds}`);
  for (const [i, er] of (Array.isArray(ex.errors) ? ex.errors : []).entries()) onlyKeys(er, ['field', 'type', 'detail'], `${where}.errors[${i}]`);
  for (const [i, o] of (Array.isArray(ex.orphanPods) ? ex.orphanPods : []).entries()) onlyKeys(o, ['node', 'labels', 'fromSnapshot', 'ready'], `${where}.orphanPods[${i}]`);
  for (const [i, o] of (Array.isArray(ex.schedulingFailures) ? ex.schedulingFailures : []).entries()) onlyKeys(o, ['ds', 'node', 'reasonContains'], `${where}.schedulingFailures[${i}]`);
  if (isObj(ex.podFields)) for (const [ds, o] of Object.entries(ex.podFields)) onlyKeys(o, ['node', 'namePattern', 'fields'], `${where}.podFields.${ds}`);
  if (isObj(ex.revisionFields)) for (const [ds, o] of Object.entries(ex.revisionFields)) onlyKeys(o, ['revision', 'fields'], `${where}.revisionFields.${ds}`);
  if (isObj(ex.revisions)) for (const [ds, l] of Object.entries(ex.revisions)) for (const [i, r] of (Array.isArray(l) ? l : []).entries()) onlyKeys(r, ['revision', 'template'], `${where}.revisions.${ds}[${i}]`);
  if (isObj(ex.events)) for (const [ds, l] of Object.entries(ex.events)) for (const [i, r] of (Array.isArray(l) ? l : []).entries()) onlyKeys(r, ['type', 'reason', 'count'], `${where}.events.${ds}[${i}]`);
  if (ex.podCount !== undefined) onlyKeys(ex.podCount, ['total'], `${where}.podCount`);
  if (ex.revisionCount !== undefined) onlyKeys(ex.revisionCount, ['total', 'orphaned'], `${where}.revisionCount`);
}

function checkStep(s: unknown, where: string): void {
  if (!isObj(s)) throw new ScenarioFormatError(`${where}: expected a mapping`);
  const actions = Object.keys(s).filter((k) => actionKeys.includes(k));
  for (const k of Object.keys(s)) {
    if (!actionKeys.includes(k) && !['templateId', 'snapshot', 'expect', 'why'].includes(k)) throw new ScenarioFormatError(`${where}: unknown key "${k}"`);
  }
  if (actions.length !== 1) throw new ScenarioFormatError(`${where}: a step needs exactly one action (${actionKeys.join(', ')}), found ${actions.length}`);
  const key = actions[0];
  const a = s[key];
  const sub = actionShapes[key];
  if (sub) {
    onlyKeys(a, sub.keys, `${where}.${key}`);
    for (const k of sub.required) if ((a as Record<string, unknown>)[k] === undefined) throw new ScenarioFormatError(`${where}.${key}: missing "${k}"`);
  }
  if (['removeNode', 'cordon', 'uncordon', 'kubectl'].includes(key) && (typeof a !== 'string' || !a)) throw new ScenarioFormatError(`${where}.${key}: expected a string`);
  if (key === 'apply' && !isObj(a)) throw new ScenarioFormatError(`${where}.apply: expected a manifest mapping`);
  if (key === 'setNodeReady' && !['True', 'False', 'Unknown'].includes(String((a as Record<string, unknown>).status))) throw new ScenarioFormatError(`${where}.setNodeReady.status: must be "True", "False" or "Unknown"`);
  if (key === 'setPodPhase' && !['Failed', 'Succeeded'].includes(String((a as Record<string, unknown>).phase))) throw new ScenarioFormatError(`${where}.setPodPhase.phase: must be Failed or Succeeded`);
  if (key === 'deleteDaemonSet' && (a as Record<string, unknown>).cascade !== undefined && typeof (a as Record<string, unknown>).cascade !== 'string') throw new ScenarioFormatError(`${where}.deleteDaemonSet.cascade: expected a string`);
  if (key === 'deletePod' && (a as Record<string, unknown>).name === undefined && ((a as Record<string, unknown>).ds === undefined || (a as Record<string, unknown>).node === undefined)) throw new ScenarioFormatError(`${where}.deletePod: needs {ds, node} or {name}`);
  if (s.addNode !== undefined) checkNode(s.addNode, `${where}.addNode`);
  if (s.createPod !== undefined) onlyKeys(s.createPod, barePodKeys, `${where}.createPod`);
  if (s.advance !== undefined && !(typeof s.advance === 'number' && s.advance >= 0)) throw new ScenarioFormatError(`${where}.advance: expected a non-negative number of seconds`);
  if (s.expect !== undefined) checkExpect(s.expect, `${where}.expect`);
}

/** Parses and validates one scenario file; throws ScenarioFormatError naming file, scenario and step. */
export function loadScenarioFile(text: string, file: string): ScenarioFile {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ScenarioFormatError(`${file}: YAML error: ${e instanceof Error ? e.message : String(e)}`);
  }
  onlyKeys(doc, ['format', 'reference', 'defaults', 'scenarios'], file);
  const d = doc as Record<string, unknown>;
  if (d.format !== 'daemonset-conformance/v1') throw new ScenarioFormatError(`${file}: format must be "daemonset-conformance/v1", got ${JSON.stringify(d.format)}`);
  if (d.defaults !== undefined) onlyKeys(d.defaults, ['namespace', 'readiness', 'deletion', 'nodeAllocatable', 'nodeReady', 'startTime', 'seed'], `${file}: defaults`);
  if (!Array.isArray(d.scenarios)) throw new ScenarioFormatError(`${file}: scenarios must be a list`);
  const ids = new Set<string>();
  d.scenarios.forEach((sc, i) => {
    const where0 = `${file}: scenarios[${i}]`;
    if (!isObj(sc) || typeof sc.id !== 'string') throw new ScenarioFormatError(`${where0}: a scenario needs an id`);
    const where = `${file}: scenario ${sc.id}`;
    if (ids.has(sc.id)) throw new ScenarioFormatError(`${where}: duplicate id`);
    ids.add(sc.id);
    onlyKeys(sc, ['id', 'title', 'rules', 'confidence', 'minVersion', 'notes', 'readiness', 'deletion', 'nodes', 'steps'], where);
    if (sc.readiness !== undefined && sc.readiness !== 'auto' && sc.readiness !== 'manual') throw new ScenarioFormatError(`${where}: readiness must be auto or manual`);
    if (sc.deletion !== undefined && sc.deletion !== 'instant' && sc.deletion !== 'graceful') throw new ScenarioFormatError(`${where}: deletion must be instant or graceful`);
    if (sc.nodes !== undefined && !Array.isArray(sc.nodes)) throw new ScenarioFormatError(`${where}: nodes must be a list`);
    ((sc.nodes as unknown[]) ?? []).forEach((n, j) => checkNode(n, `${where}: nodes[${j}]`));
    if (!Array.isArray(sc.steps)) throw new ScenarioFormatError(`${where}: steps must be a list`);
    sc.steps.forEach((s, j) => checkStep(s, `${where}: step ${j + 1}`));
  });
  return { file, defaults: (d.defaults ?? {}) as ScenarioDefaults, scenarios: d.scenarios as unknown as Scenario[] };
}
