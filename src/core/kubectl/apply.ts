/** `kubectl apply -f` and `kubectl create -f`: multi-document YAML of DaemonSets (and Nodes) from an injected file reader. */
import { parseAllDocuments } from 'yaml';
import type { NodeInput } from '../sim/api';
import type { Node, Taint } from '../model/types';
import { formatFieldError } from '../validation/fieldError';
import type { Ctx } from './context';
import { KubectlError, parseFlags, type FlagSpec } from './parse';

export const applyFlags: FlagSpec[] = [
  { name: 'filename', kind: 'string', short: 'f' },
  { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' },
  { name: 'validate', kind: 'string', noOptDefault: 'strict' },
  { name: 'save-config', kind: 'bool' },
  { name: 'output', kind: 'string', short: 'o' },
];

type Doc = Record<string, unknown>;

/** Kinds a Kubernetes 1.34 API server serves, by apiVersion (the RESTMapper's view, enough for error messages). */
const servedKinds: Record<string, string[]> = {
  v1: ['Binding', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'Namespace', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'Pod', 'PodTemplate',
    'ReplicationController', 'ResourceQuota', 'Secret', 'Service', 'ServiceAccount'],
  'apps/v1': ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  'batch/v1': ['CronJob', 'Job'],
  'autoscaling/v1': ['HorizontalPodAutoscaler'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'policy/v1': ['PodDisruptionBudget'],
  'networking.k8s.io/v1': ['Ingress', 'IngressClass', 'NetworkPolicy'],
  'rbac.authorization.k8s.io/v1': ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
  'storage.k8s.io/v1': ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
  'scheduling.k8s.io/v1': ['PriorityClass'],
  'coordination.k8s.io/v1': ['Lease'],
  'apiextensions.k8s.io/v1': ['CustomResourceDefinition'],
};

/** Reads and parses the (multi-document) YAML file named by -f, as kubectl's resource builder does. */
export function readDocs(ctx: Ctx, file: string): Doc[] {
  if (file === '-') throw new KubectlError(ctx.t('reading from stdin is not supported by the simulated kubectl; pass a file', '시뮬레이션 kubectl은 표준 입력을 읽을 수 없습니다. 파일을 지정하세요'));
  const text = ctx.io.readFile?.(file);
  if (text === undefined) throw new KubectlError(`the path "${file}" does not exist`);
  const docs: Doc[] = [];
  for (const d of parseAllDocuments(text)) {
    if (d.errors.length > 0) {
      const e = d.errors[0];
      const line = e.linePos?.[0]?.line;
      throw new KubectlError(`error parsing ${file}: error converting YAML to JSON: yaml: ${line ? `line ${line}: ` : ''}${e.message.split('\n')[0]}`);
    }
    const v = d.toJS() as unknown;
    if (v == null) continue;
    if (typeof v !== 'object' || Array.isArray(v)) throw new KubectlError(`error validating "${file}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
    const o = v as Doc;
    if (o.kind === 'List' && Array.isArray(o.items)) docs.push(...(o.items as Doc[])); else docs.push(o);
  }
  for (const o of docs) {
    if (!o.apiVersion) throw new KubectlError(`error validating "${file}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`);
    if (!o.kind) throw new KubectlError(`error validating "${file}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`);
  }
  return docs;
}

/** kubectl's MultilineError for an Invalid status: one cause on the same line, several as `* ` lines. */
function invalidMessage(kind: string, name: string, result: { errors: { field: string }[]; message?: string }, errors: Parameters<typeof formatFieldError>[0][]): string {
  if (errors.length === 0) return result.message ?? `The ${kind} "${name}" is invalid`;
  const prefix = `The ${kind} "${name}" is invalid: `;
  if (errors.length === 1) return prefix + formatFieldError(errors[0]);
  return `${prefix}\n${errors.map((e) => `* ${formatFieldError(e)}`).join('\n')}`;
}

function sortedJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x));
}

export function runApply(ctx: Ctx, tokens: string[], verb: 'apply' | 'create'): void {
  const p = parseFlags(tokens, applyFlags, verb);
  const file = p.flags.get('filename');
  if (!file) {
    if (verb === 'create' && p.args.length > 0) throw new KubectlError(ctx.t(`the simulated kubectl supports only "kubectl create -f FILE"`, '시뮬레이션 kubectl은 "kubectl create -f FILE" 형식만 지원합니다'));
    throw new KubectlError('must specify one of -f and -k', `See 'kubectl ${verb} -h' for help and examples`);
  }
  const docs = readDocs(ctx, file);
  if (docs.length === 0) throw new KubectlError('no objects passed to ' + verb);
  for (const doc of docs) {
    const kind = String(doc.kind);
    const meta = (doc.metadata ?? {}) as { name?: string; annotations?: Record<string, string> };
    const name = meta.name ?? '';
    try {
      const apiVersion = String(doc.apiVersion);
      if (!servedKinds[apiVersion]?.includes(kind)) {
        // the RESTMapper has no such kind (a typo in kind, or a removed API version such as extensions/v1beta1)
        const ns = (doc.metadata as { namespace?: string } | undefined)?.namespace ?? '';
        throw new KubectlError(`resource mapping not found for name: "${name}" namespace: "${ns}" from "${file}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`);
      }
      ctx.mapNamespace((doc.metadata as { namespace?: string } | undefined)?.namespace ?? p.flags.get('namespace'));
      if (kind === 'DaemonSet') applyDaemonSet(ctx, doc, name, verb, file);
      else if (kind === 'Node') applyNode(ctx, doc as Node, name, verb, file);
      else {
        ctx.fail(ctx.t(`the virtual cluster accepts only DaemonSet (apps/v1) and Node (v1) objects; ${kind} "${name}" in "${file}" was not applied`,
          `가상 클러스터는 DaemonSet(apps/v1)과 Node(v1) 객체만 받습니다. "${file}"의 ${kind} "${name}"은(는) 적용하지 않았습니다`));
      }
    } catch (e) {
      if (e instanceof KubectlError) ctx.fail(e); else throw e;
    }
  }
}

function applyDaemonSet(ctx: Ctx, doc: Doc, name: string, verb: 'apply' | 'create', file: string): void {
  if (verb === 'create' && name && ctx.sim.getDaemonSet(name)) {
    throw new KubectlError(`Error from server (AlreadyExists): error when creating "${file}": daemonsets.apps "${name}" already exists`);
  }
  let manifest = doc;
  if (verb === 'apply') {
    const meta = { ...((doc.metadata ?? {}) as Record<string, unknown>) };
    const annotations = { ...((meta.annotations ?? {}) as Record<string, string>) };
    annotations['kubectl.kubernetes.io/last-applied-configuration'] = sortedJson(doc) + '\n';
    manifest = { ...doc, metadata: { ...meta, annotations } };
  }
  const r = ctx.sim.apply(manifest);
  ctx.io.onApply?.(r);
  if (!r.accepted) throw new KubectlError(invalidMessage('DaemonSet', r.name ?? name, r, r.errors));
  ctx.print(`daemonset.apps/${r.name ?? name} ${verb === 'create' ? 'created' : r.action ?? 'configured'}`);
}

function applyNode(ctx: Ctx, node: Node, name: string, verb: 'apply' | 'create', file: string): void {
  if (!name) throw new KubectlError(`error when retrieving current configuration of:\nResource: "/v1, Resource=nodes", GroupVersionKind: "/v1, Kind=Node"\nName: "", Namespace: ""\nfrom server for: "${file}": resource name may not be empty`);
  const existing = ctx.sim.nodes().find((n) => n.metadata?.name === name);
  const labels = node.metadata?.labels ?? {};
  const taints: Taint[] = node.spec?.taints ?? [];
  const unschedulable = Boolean(node.spec?.unschedulable);
  if (!existing) {
    const input: NodeInput = { name, labels, taints, unschedulable };
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    if (ready === 'True' || ready === 'False' || ready === 'Unknown') input.ready = ready;
    if (node.status?.allocatable) input.allocatable = node.status.allocatable as NodeInput['allocatable'];
    ctx.sim.addNode(input);
    ctx.print(`node/${name} created`);
    return;
  }
  if (verb === 'create') throw new KubectlError(`Error from server (AlreadyExists): error when creating "${file}": nodes "${name}" already exists`);
  let changed = false;
  const old = existing.metadata?.labels ?? {};
  const set = Object.fromEntries(Object.entries(labels).filter(([k, v]) => old[k] !== v));
  const remove = Object.keys(old).filter((k) => !(k in labels) && !k.startsWith('kubernetes.io/'));
  if (Object.keys(set).length || remove.length) { ctx.sim.labelNode(name, set, remove); changed = true; }
  const key = (t: Taint) => `${t.key}=${t.value ?? ''}:${t.effect}`;
  const oldTaints = (existing.spec?.taints ?? []).filter((t) => t.key !== 'node.kubernetes.io/unschedulable');
  const add = taints.filter((t) => !oldTaints.some((o) => key(o) === key(t)));
  const drop = oldTaints.filter((o) => !taints.some((t) => key(o) === key(t))).map((t) => ({ key: t.key, effect: t.effect }));
  if (add.length || drop.length) { ctx.sim.taintNode(name, add, drop); changed = true; }
  if (unschedulable !== Boolean(existing.spec?.unschedulable)) {
    if (unschedulable) ctx.sim.cordon(name); else ctx.sim.uncordon(name);
    changed = true;
  }
  if (changed) ctx.sim.settle();
  ctx.print(`node/${name} ${changed ? 'configured' : 'unchanged'}`);
}
