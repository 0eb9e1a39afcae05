/** `kubectl get`: tables (plain and -o wide), -o yaml|json|name, -l, --field-selector, -A, --show-labels, -L. */
import type { Pod } from '../model/types';
import type { Ctx } from './context';
import { formatLabels, matches, parseSelector } from './labels';
import { flagBool, KubectlError, parseFlags, type FlagSpec } from './parse';
import { customColumns, printJsonPath } from './printers/jsonpath';
import { listOrSingle, toJson, toName, toYaml, withTypeMeta } from './printers/output';
import { headers, row } from './printers/table';
import { nsOf, objectsIn, notFound, parseResourceArgs, type KObject, type ResourceInfo } from './resources';
import { getTable } from './tabwriter';

export const getFlags: FlagSpec[] = [
  { name: 'output', kind: 'string', short: 'o' },
  { name: 'selector', kind: 'string', short: 'l' },
  { name: 'field-selector', kind: 'string' },
  { name: 'all-namespaces', kind: 'bool', short: 'A' },
  { name: 'show-labels', kind: 'bool' },
  { name: 'no-headers', kind: 'bool' },
  { name: 'label-columns', kind: 'string', short: 'L' },
  { name: 'watch', kind: 'bool', short: 'w' },
];

const allowedFormats = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

interface FieldReq { field: string; op: '=' | '!='; value: string }

function parseFieldSelector(text: string): FieldReq[] {
  return text.split(',').filter((s) => s !== '').map((part) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part);
    if (!m) throw new KubectlError(`invalid selector: '${text}'; can't understand '${part}'`);
    return { field: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() };
  });
}

function fieldValue(o: KObject, info: ResourceInfo, field: string): string {
  switch (field) {
    case 'metadata.name': return o.metadata?.name ?? '';
    case 'metadata.namespace': return o.metadata?.namespace ?? '';
  }
  if (info.type === 'pods') {
    const p = o as Pod;
    if (field === 'spec.nodeName') return p.spec?.nodeName ?? '';
    if (field === 'status.phase') return p.status?.phase ?? '';
    if (field === 'spec.restartPolicy') return p.spec?.restartPolicy ?? '';
  }
  if (info.type === 'nodes' && field === 'spec.unschedulable') return String(Boolean((o as { spec?: { unschedulable?: boolean } }).spec?.unschedulable));
  throw new KubectlError(`Error from server (BadRequest): Unable to find "${info.apiVersion.includes('/') ? info.apiVersion : '/' + info.apiVersion}, Resource=${info.type}" that match label selector "", field selector "${field}": field label not supported: ${field}`);
}

export function runGet(ctx: Ctx, tokens: string[]): void {
  const p = parseFlags(tokens, getFlags, 'get');
  if (flagBool(p, 'watch')) {
    throw new KubectlError(ctx.t('--watch is not supported by the simulated kubectl: the cluster panel shows changes live', '시뮬레이션 kubectl은 --watch를 지원하지 않습니다. 클러스터 패널에서 변화를 실시간으로 볼 수 있습니다'));
  }
  if (p.args.length === 0) {
    ctx.warn('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n');
    throw new KubectlError('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).', "See 'kubectl get -h' for help and examples");
  }
  const output = p.flags.get('output') ?? '';
  const template = /^(jsonpath|custom-columns)=(.*)$/s.exec(output);
  if (output === 'jsonpath' || output === 'custom-columns') throw new KubectlError(`${output === 'jsonpath' ? 'template' : 'custom-columns format'} format specified but no ${output === 'jsonpath' ? 'template' : 'custom-columns format'} given`);
  if (!template && !['', 'wide', 'yaml', 'json', 'name'].includes(output)) {
    throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowedFormats}`);
  }
  const allNs = flagBool(p, 'all-namespaces');
  const namespace = ctx.namespace(p);
  const labelReqs = p.flags.has('selector') ? parseSelector(p.flags.get('selector') as string) : undefined;
  const fieldReqs = p.flags.has('field-selector') ? parseFieldSelector(p.flags.get('field-selector') as string) : undefined;
  const groups = parseResourceArgs(p.args);
  const multiType = groups.length > 1 || new Set(groups.map((g) => g.info.type)).size > 1;
  const errors: string[] = [];
  const found: { info: ResourceInfo; objects: KObject[]; named: boolean }[] = [];
  for (const g of groups) {
    const ns = allNs && g.names.length === 0 ? undefined : namespace;
    const pool = objectsIn(ctx.sim, g.info, ns);
    let objects: KObject[];
    if (g.names.length > 0) {
      objects = [];
      for (const n of g.names) {
        const o = pool.find((x) => x.metadata?.name === n);
        if (o) objects.push(o); else errors.push(notFound(g.info, n).message);
      }
    } else {
      objects = pool.filter((o) => (!labelReqs || matches(labelReqs, o.metadata?.labels))
        && (!fieldReqs || fieldReqs.every((r) => (fieldValue(o, g.info, r.field) === r.value) === (r.op === '='))));
    }
    const prev = found.find((f) => f.info.type === g.info.type);
    if (prev) prev.objects.push(...objects); else found.push({ info: g.info, objects, named: g.names.length > 0 });
  }
  const total = found.reduce((n, f) => n + f.objects.length, 0);
  if (template) {
    const objs = found.flatMap((f) => f.objects.map((o) => withTypeMeta(o, f.info)));
    const single = total === 1 && found.length === 1 && found[0].named && groups[0].names.length === 1;
    if (template[1] === 'jsonpath') {
      if (objs.length > 0 || !found.every((f) => f.named)) ctx.out.push(printJsonPath(template[2], listOrSingle(objs, !single)));
    } else if (objs.length > 0) {
      ctx.out.push(getTable(customColumns(template[2], objs)));
    }
  } else if (output === 'yaml' || output === 'json') {
    const objs = found.flatMap((f) => f.objects.map((o) => withTypeMeta(o, f.info)));
    const single = total === 1 && found.length === 1 && found[0].named && groups[0].names.length === 1;
    if (objs.length > 0 || !found.every((f) => f.named)) {
      const doc = listOrSingle(objs, !single);
      ctx.print(output === 'yaml' ? toYaml(doc) : toJson(doc));
    }
  } else if (output === 'name') {
    for (const f of found) for (const o of f.objects) ctx.print(toName(o, f.info));
  } else {
    const tables: string[] = [];
    for (const f of found) {
      if (f.objects.length === 0) continue;
      tables.push(table(ctx, f.info, f.objects, output === 'wide', allNs && f.info.namespaced, multiType, p.flags.get('label-columns'), flagBool(p, 'show-labels'), flagBool(p, 'no-headers')));
    }
    if (tables.length) ctx.out.push(tables.join('\n'));
  }
  if (total === 0 && errors.length === 0 && !template && output !== 'yaml' && output !== 'json' && output !== 'name') {
    const clusterScoped = found.every((f) => !f.info.namespaced);
    ctx.warn(allNs || clusterScoped ? 'No resources found' : `No resources found in ${namespace} namespace.`);
  }
  for (const e of errors) ctx.fail(e);
}

function table(ctx: Ctx, info: ResourceInfo, objects: KObject[], wide: boolean, withNs: boolean, kindPrefix: boolean, labelColumns: string | undefined, showLabels: boolean, noHeaders: boolean): string {
  const extraLabels = (labelColumns ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const head = [...(withNs ? ['NAMESPACE'] : []), ...headers(info.type, wide), ...extraLabels.map((l) => (l.split('/').pop() as string).toUpperCase()), ...(showLabels ? ['LABELS'] : [])];
  const rows = objects.map((o) => {
    const cells = row(ctx.sim, info.type, o, wide);
    if (kindPrefix && info.type !== 'events') cells[0] = `${info.kindString}/${cells[0]}`;
    return [...(withNs ? [nsOf(ctx.sim, o)] : []), ...cells, ...extraLabels.map((l) => o.metadata?.labels?.[l] ?? ''), ...(showLabels ? [formatLabels(o.metadata?.labels)] : [])];
  });
  return getTable(noHeaders ? rows : [head, ...rows]);
}
