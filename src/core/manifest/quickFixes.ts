/**
 * Quick fixes for lintManifest problems, as text edits ({start, end, newText}) on the original text. The core only
 * computes them; the editor applies one when the user picks it.
 */
import { classifyDocuments } from './documents';
import type { ManifestProblem } from './lintManifest';
import type { Lang } from './problemCodes';
import { didYouMean } from './schemaCheck';
import { entryOf, locate, type PathSegment } from './tree';
import type { YEntry, YNode } from './yamlAst';

export interface TextEdit { start: number; end: number; newText: string }
export interface QuickFix { title: string; edits: TextEdit[]; isPreferred?: boolean }

const t = (lang: Lang, en: string, ko: string) => (lang === 'ko' ? ko : en);

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function scalarText(n: YNode): string | undefined {
  return n.kind === 'scalar' ? String(n.value) : undefined;
}

function yamlScalar(v: string): string {
  return /^[\w./-]+$/.test(v) && !/^(true|false|null|yes|no|on|off|~|[-+]?\d[\d.eE+-]*)$/i.test(v) ? v : JSON.stringify(v);
}

/** Edits that make `target` (a block mapping) contain every entry of `source`. */
function copyEntries(text: string, source: YNode, target: YNode, targetEntry: YEntry | undefined): TextEdit[] {
  if (source.kind !== 'map') return [];
  const edits: TextEdit[] = [];
  if (target.kind === 'map' && text[target.span.start] === '{') {
    // A flow mapping: rewrite it whole.
    const merged = new Map(target.entries.map((e) => [e.key, text.slice(e.value.span.start, e.value.span.end)]));
    for (const e of source.entries) merged.set(e.key, yamlScalar(scalarText(e.value) ?? ''));
    const body = [...merged].map(([k, v]) => `${k}: ${v}`).join(', ');
    const end = text.indexOf('}', target.entries.length ? target.entries[target.entries.length - 1].value.span.end : target.span.start);
    return [{ start: target.span.start, end: end < 0 ? target.span.end : end + 1, newText: `{${body}}` }];
  }
  if (target.kind === 'map' && target.entries.length > 0) {
    const col = columnOf(text, target.entries[0].keySpan.start);
    const last = target.entries[target.entries.length - 1];
    const insertAt = lineEndOf(text, Math.max(last.value.span.end - 1, last.keySpan.end));
    let added = '';
    for (const e of source.entries) {
      const value = scalarText(e.value) ?? '';
      const existing = target.entries.find((x) => x.key === e.key);
      if (existing && existing.value.kind === 'scalar') {
        if (String(existing.value.value) !== value) edits.push({ start: existing.value.span.start, end: existing.value.span.end, newText: yamlScalar(value) });
      } else if (!existing) {
        added += `${' '.repeat(col)}${e.key}: ${yamlScalar(value)}\n`;
      }
    }
    if (added) edits.push({ start: insertAt, end: insertAt, newText: insertAt > 0 && text[insertAt - 1] !== '\n' ? `\n${added}` : added });
    return edits;
  }
  if (targetEntry) {
    const col = columnOf(text, targetEntry.keySpan.start) + 2;
    const body = source.entries.map((e) => `${' '.repeat(col)}${e.key}: ${yamlScalar(scalarText(e.value) ?? '')}`).join('\n');
    return [{ start: targetEntry.keySpan.end + 1, end: target.kind === 'null' ? targetEntry.keySpan.end + 1 : target.span.end, newText: `\n${body}` }];
  }
  return [];
}

function valueEdit(node: YNode | undefined, newText: string): TextEdit[] {
  return node && node.kind !== 'map' && node.kind !== 'seq' ? [{ start: node.span.start, end: node.span.end, newText }] : [];
}

function controlPlaneToleration(text: string, root: YNode): TextEdit[] {
  const spec = locate(root, ['spec', 'template', 'spec']);
  if (spec.rest.length || spec.found?.node.kind !== 'map') return [];
  const tol = entryOf(spec.found.node, 'tolerations');
  const item = (dashCol: number) => `${' '.repeat(dashCol)}- key: node-role.kubernetes.io/control-plane\n${' '.repeat(dashCol + 2)}operator: Exists\n${' '.repeat(dashCol + 2)}effect: NoSchedule\n`;
  const flowItem = '{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}';
  if (tol && tol.value.kind === 'seq' && text[tol.value.span.start] === '[') {
    const close = text.lastIndexOf(']', tol.value.span.end);
    return [{ start: close, end: close, newText: tol.value.items.length ? `, ${flowItem}` : flowItem }];
  }
  if (tol && tol.value.kind === 'seq' && tol.value.items.length > 0) {
    const first = tol.value.items[0];
    const dashCol = columnOf(text, text.lastIndexOf('-', first.span.start));
    const at = lineStartOf(text, first.span.start);
    return [{ start: at, end: at, newText: item(dashCol) }];
  }
  const firstKey = spec.found.node.entries[0];
  if (!firstKey) return [];
  const col = columnOf(text, firstKey.keySpan.start);
  const at = lineStartOf(text, firstKey.keySpan.start);
  if (tol) return [{ start: lineStartOf(text, tol.keySpan.start), end: lineEndOf(text, tol.keySpan.end), newText: `${' '.repeat(col)}tolerations:\n${item(col)}` }];
  return [{ start: at, end: at, newText: `${' '.repeat(col)}tolerations:\n${item(col)}` }];
}

/** The fixes for one problem of `text` (as returned by lintManifest on the same text). */
export function quickFixes(text: string, problem: ManifestProblem, lang: Lang = 'en'): QuickFix[] {
  const doc = classifyDocuments(text).find((c) => problem.start >= c.doc.span.start && problem.start <= c.doc.span.end)?.doc;
  const root = doc?.root;
  if (!root) return [];
  const at = (path: PathSegment[]) => { const l = locate(root, path); return l.rest.length ? undefined : l.found; };
  const current = text.slice(problem.start, problem.end);
  switch (problem.code) {
    case 'selector-template-mismatch': {
      const sel = at(['spec', 'selector', 'matchLabels']);
      const tpl = at(['spec', 'template', 'metadata', 'labels']);
      const fixes: QuickFix[] = [];
      if (sel) {
        const target = tpl ?? at(['spec', 'template', 'metadata']);
        const edits = target ? copyEntries(text, sel.node, tpl ? tpl.node : { kind: 'null', span: target.node.span }, tpl ? tpl.entry : undefined) : [];
        if (edits.length) fixes.push({ title: t(lang, 'Copy the selector labels into the template labels', '셀렉터 레이블을 템플릿 레이블에 복사'), edits, isPreferred: true });
      }
      if (sel && tpl && sel.node.kind === 'map' && tpl.node.kind === 'map') {
        const onlyShared: YNode = { kind: 'map', span: tpl.node.span, entries: tpl.node.entries.filter((e) => sel.node.kind === 'map' && sel.node.entries.some((s) => s.key === e.key)) };
        const edits = copyEntries(text, onlyShared, sel.node, sel.entry);
        if (edits.length) fixes.push({ title: t(lang, 'Copy the template label values into the selector', '템플릿 레이블 값을 셀렉터에 복사'), edits });
      }
      return fixes;
    }
    case 'restart-policy-not-always':
      return [{ title: t(lang, 'Set restartPolicy to Always', 'restartPolicy를 Always로 설정'), edits: valueEdit(at(['spec', 'template', 'spec', 'restartPolicy'])?.node, 'Always'), isPreferred: true }];
    case 'replicas-not-allowed':
      return [{ title: t(lang, 'Remove spec.replicas (a DaemonSet runs one pod per node)', 'spec.replicas 삭제 (DaemonSet은 노드마다 파드 하나)'), edits: [{ start: lineStartOf(text, problem.start), end: lineEndOf(text, Math.max(problem.end, (at(['spec', 'replicas'])?.node.span.end ?? problem.end) - 1)), newText: '' }], isPreferred: true }];
    case 'no-control-plane-toleration': {
      const edits = controlPlaneToleration(text, root);
      return edits.length ? [{ title: t(lang, 'Add a toleration for node-role.kubernetes.io/control-plane:NoSchedule', 'node-role.kubernetes.io/control-plane:NoSchedule toleration 추가'), edits }] : [];
    }
    case 'kind-near-miss': {
      const options = [...new Set([problem.data?.suggestion ?? 'DaemonSet', 'DaemonSet'])];
      return options.map((k, i) => ({ title: t(lang, `Change kind to ${k}`, `kind를 ${k}(으)로 변경`), edits: [{ start: problem.start, end: problem.end, newText: k }], isPreferred: i === 0 }));
    }
    case 'api-version-removed':
      return [{ title: t(lang, 'Use apiVersion: apps/v1', 'apiVersion: apps/v1 사용'), edits: [{ start: problem.start, end: problem.end, newText: 'apps/v1' }], isPreferred: true }];
    case 'unknown-field':
      return problem.data?.suggestion ? [{ title: t(lang, `Rename to ${problem.data.suggestion}`, `${problem.data.suggestion}(으)로 이름 변경`), edits: [{ start: problem.start, end: problem.end, newText: problem.data.suggestion }], isPreferred: true }] : [];
    case 'zero-budget':
      return [{ title: t(lang, 'Set maxUnavailable to 1', 'maxUnavailable을 1로 설정'), edits: valueEdit(at(['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'])?.node, '1'), isPreferred: true }];
    case 'surge-with-unavailable': {
      const mu = at(['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']);
      if (mu) return [{ title: t(lang, 'Set maxUnavailable to 0', 'maxUnavailable을 0으로 설정'), edits: valueEdit(mu.node, '0'), isPreferred: true }];
      const ms = at(['spec', 'updateStrategy', 'rollingUpdate', 'maxSurge']);
      if (!ms?.entry) return [];
      const ls = lineStartOf(text, ms.entry.keySpan.start);
      return [{ title: t(lang, 'Add maxUnavailable: 0', 'maxUnavailable: 0 추가'), edits: [{ start: ls, end: ls, newText: `${' '.repeat(columnOf(text, ms.entry.keySpan.start))}maxUnavailable: 0\n` }], isPreferred: true }];
    }
    default: {
      const supported = problem.data?.supported?.match(/"([^"]*)"/g)?.map((s) => s.slice(1, -1));
      const value = problem.data?.value;
      if (!supported || !value || current !== value) return [];
      const best = supported.find((s) => s.toLowerCase() === value.toLowerCase()) ?? supported.find((s) => s.toLowerCase().startsWith(value.toLowerCase())) ?? didYouMean(value, supported);
      return best ? [{ title: t(lang, `Change to ${best}`, `${best}(으)로 변경`), edits: [{ start: problem.start, end: problem.end, newText: best }], isPreferred: true }] : [];
    }
  }
}
