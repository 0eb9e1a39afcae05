/** `kubectl version`, `api-resources`, `explain` (short) and `help`. */
import type { Ctx } from './context';
import { KubectlError, parseFlags } from './parse';
import { resources } from './resources';
import { getTable } from './tabwriter';

export const KUBECTL_VERSION = 'v1.34.0';

export function runVersion(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, [{ name: 'client', kind: 'bool' }, { name: 'output', kind: 'string', short: 'o' }], 'version');
  const client = p.flags.get('client') === 'true';
  const out = p.flags.get('output');
  if (out === 'json' || out === 'yaml') {
    const info = (v: string) => ({ major: '1', minor: '34', gitVersion: v, platform: 'linux/amd64' });
    const doc = { clientVersion: info(KUBECTL_VERSION), kustomizeVersion: 'v5.7.1', ...(client ? {} : { serverVersion: info(KUBECTL_VERSION) }) };
    ctx.print(out === 'json' ? JSON.stringify(doc, null, 2) : Object.entries(doc).map(([k, v]) => typeof v === 'string' ? `${k}: ${v}` : `${k}:\n${Object.entries(v).map(([a, b]) => `  ${a}: ${b}`).join('\n')}`).join('\n'));
    return;
  }
  if (out) throw new KubectlError(`--output must be 'yaml' or 'json'`);
  ctx.print(`Client Version: ${KUBECTL_VERSION}\nKustomize Version: v5.7.1${client ? '' : `\nServer Version: ${KUBECTL_VERSION}`}`);
}

export function runApiResources(ctx: Ctx, tokens: string[]): void {
  parseFlags(tokens, [{ name: 'namespaced', kind: 'string' }, { name: 'output', kind: 'string', short: 'o' }, { name: 'api-group', kind: 'string' }], 'api-resources');
  const rows = [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']];
  for (const r of Object.values(resources).sort((a, b) => (a.apiVersion.includes('/') ? 1 : 0) - (b.apiVersion.includes('/') ? 1 : 0) || a.type.localeCompare(b.type))) {
    rows.push([r.type, r.shortNames.join(','), r.apiVersion, String(r.namespaced), r.kind]);
  }
  ctx.out.push(getTable(rows));
}

export function runHelp(ctx: Ctx): void {
  ctx.print([
    'kubectl controls the Kubernetes cluster manager.',
    ctx.t('(Simulated: commands act on DaemonSet Lab\'s virtual cluster; nothing reaches a real cluster.)', '(시뮬레이션: 명령은 DaemonSet Lab의 가상 클러스터에만 적용되며 실제 클러스터에는 닿지 않습니다.)'),
    '',
    'Basic Commands (Beginner):',
    '  create          Create a resource from a file or from stdin',
    '',
    'Basic Commands (Intermediate):',
    '  explain         Get documentation for a resource',
    '  get             Display one or many resources',
    '  set             Set specific features on objects',
    '  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector',
    '',
    'Deploy Commands:',
    '  rollout         Manage the rollout of a resource',
    '  scale           Set a new size for a deployment, replica set, or replication controller',
    '',
    'Cluster Management Commands:',
    '  cordon          Mark node as unschedulable',
    '  uncordon        Mark node as schedulable',
    '  drain           Drain node in preparation for maintenance',
    '  taint           Update the taints on one or more nodes',
    '',
    'Troubleshooting and Debugging Commands:',
    '  describe        Show details of a specific resource or group of resources',
    '',
    'Advanced Commands:',
    '  apply           Apply a configuration to a resource by file name or stdin',
    '',
    'Settings Commands:',
    '  label           Update the labels on a resource',
    '',
    'Other Commands:',
    '  api-resources   Print the supported API resources on the server',
    '  version         Print the client and server version information',
    '',
    'Usage:',
    '  kubectl [flags] [options]',
    '',
    'Use "kubectl <command> --help" for more information about a given command.',
  ].join('\n'));
}

const explainDocs: Record<string, string> = {
  daemonset: 'DaemonSet represents the configuration of a daemon set.',
  'daemonset.spec': 'DaemonSetSpec is the specification of a daemon set.',
  'daemonset.spec.selector': 'A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template\'s labels.',
  'daemonset.spec.template': 'An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template\'s node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is "Always".',
  'daemonset.spec.updatestrategy': 'An update strategy to replace existing DaemonSet pods with new pods.',
  'daemonset.spec.minreadyseconds': 'The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready).',
  'daemonset.spec.revisionhistorylimit': 'The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
};

export function runExplain(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, [{ name: 'recursive', kind: 'bool' }, { name: 'api-version', kind: 'string' }], 'explain');
  if (p.args.length === 0) throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
  const path = p.args[0].toLowerCase().replace(/^(ds|daemonsets|daemonset\.apps|daemonsets\.apps)(?=\.|$)/, 'daemonset');
  const doc = explainDocs[path];
  if (!doc) throw new KubectlError(ctx.t(`the simulated kubectl explains only daemonset fields (try "kubectl explain daemonset.spec"); hover a field in the editor for full docs`, `시뮬레이션 kubectl은 daemonset 필드만 설명합니다("kubectl explain daemonset.spec"). 전체 문서는 편집기에서 필드에 마우스를 올려 보세요`));
  const field = path.split('.').pop() as string;
  ctx.print(`GROUP:      apps\nKIND:       DaemonSet\nVERSION:    v1\n\n${path === 'daemonset' ? '' : `FIELD: ${field}\n\n`}DESCRIPTION:\n    ${doc}\n`);
}
