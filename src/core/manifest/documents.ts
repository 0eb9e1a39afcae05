/** Finds the DaemonSet documents of a YAML file (apiVersion apps/v1, kind DaemonSet) and the near-misses. */
import { entryOf } from './tree';
import { parseYamlDocuments, type YDoc, type YEntry } from './yamlAst';

export type DocKind = 'daemonset' | 'removed-api' | 'kind-near-miss' | 'other';

export interface ClassifiedDoc { doc: YDoc; kind: DocKind; kindEntry?: YEntry; apiVersionEntry?: YEntry; suggestion?: string }

const removedApis = ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2'];

function scalarText(e: YEntry | undefined): string | undefined {
  return e?.value.kind === 'scalar' ? String(e.value.value) : undefined;
}

/** Classifies one parsed document. */
export function classify(doc: YDoc): ClassifiedDoc {
  const kindEntry = entryOf(doc.root, 'kind');
  const apiVersionEntry = entryOf(doc.root, 'apiVersion');
  const kind = scalarText(kindEntry);
  const apiVersion = scalarText(apiVersionEntry);
  const base = { doc, kindEntry, apiVersionEntry };
  if (kind === 'DaemonSet' && apiVersion === 'apps/v1') return { ...base, kind: 'daemonset' };
  if (kind === 'DaemonSet' && apiVersion !== undefined && removedApis.includes(apiVersion)) return { ...base, kind: 'removed-api' };
  const lower = kind?.toLowerCase().replace(/[\s_-]/g, '');
  if (kind !== undefined && (lower === 'daemonset' || lower === 'daemonsets') && kind !== 'DaemonSet') return { ...base, kind: 'kind-near-miss', suggestion: 'DaemonSet' };
  if (kind !== undefined && (lower === 'replicaset' || lower === 'replicasets') && kind !== 'ReplicaSet') return { ...base, kind: 'kind-near-miss', suggestion: 'ReplicaSet' };
  return { ...base, kind: 'other' };
}

let memo: { text: string; docs: ClassifiedDoc[] } | undefined;

/** Parses and classifies every document of the text. The last result is reused for the same text (hover, completion
 * and code actions ask about the text the diagnostics just parsed). Callers must not mutate the result. */
export function classifyDocuments(text: string): ClassifiedDoc[] {
  if (memo?.text === text) return memo.docs;
  const docs = parseYamlDocuments(text).map(classify);
  memo = { text, docs };
  return docs;
}

/** The DaemonSet document (apps/v1) containing the offset, if any. */
export function daemonSetDocAt(text: string, offset: number): YDoc | undefined {
  return classifyDocuments(text).find((c) => c.kind === 'daemonset' && offset >= c.doc.span.start && offset <= c.doc.span.end)?.doc;
}
