/** Hover docs for any key (or value) of a DaemonSet document: the field's own API description, type, default,
 * required/immutable, and a DaemonSet-specific note. Offsets in, markdown out. */
import { fieldDocAt, fieldDocsVersion, schemaAt } from '../schema';
import { daemonSetNotes, fieldDefaults, immutableFields } from './daemonSetNotes';
import { daemonSetDocAt } from './documents';
import type { Lang } from './problemCodes';
import { type PathSegment, pathAt } from './tree';

export interface HoverResult { start: number; end: number; markdown: string; path: string }

/** `spec.template.spec.containers[].ports[].hostPort` style pattern of a path. */
export function pathPattern(path: PathSegment[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? '[]' : s ? `.${seg}` : seg;
  return s;
}

const labels: Record<Lang, Record<string, string>> = {
  en: { required: 'required', optional: 'optional', immutable: 'immutable', default: 'default', note: 'DaemonSet note', source: `Kubernetes API reference v1.30 (${fieldDocsVersion}); behaviour notes: Kubernetes 1.34` },
  ko: { required: '필수', optional: '선택', immutable: '변경 불가', default: '기본값', note: 'DaemonSet 참고', source: `쿠버네티스 API 레퍼런스 v1.30 (${fieldDocsVersion}), 동작 설명: 쿠버네티스 1.34` },
};

/** The hover at an offset, or undefined outside DaemonSet documents or unknown fields. */
export function hoverAt(text: string, offset: number, lang: Lang = 'en'): HoverResult | undefined {
  const doc = daemonSetDocAt(text, offset);
  const at = doc && pathAt(doc.root, offset);
  if (!doc || !at || !at.entry || at.path.length === 0) return undefined;
  let path = at.path;
  let doc0 = fieldDocAt(path);
  if (!doc0 && path.length > 1) {
    path = path.slice(0, -1);
    doc0 = fieldDocAt(path);
  }
  if (!doc0) return undefined;
  const pattern = pathPattern(path);
  const schema = schemaAt(path);
  const L = labels[lang];
  const facts = [`\`${schema?.t ?? doc0.typeName ?? 'object'}\`${doc0.typeName ? ` (${doc0.typeName})` : ''}`, doc0.required ? L.required : L.optional];
  if (immutableFields.has(pattern)) facts.push(L.immutable);
  const def = fieldDefaults[pattern];
  if (def) facts.push(`${L.default}: \`${def}\``);
  const parts = [`**${pattern}** · ${facts.join(' · ')}`, doc0.description];
  const note = daemonSetNotes[pattern];
  if (note) parts.push(`**${L.note}:** ${note[lang]}`);
  parts.push(`_${L.source}_`);
  const span = at.onKey ? at.entry.keySpan : at.node && at.node.kind === 'scalar' ? at.node.span : at.entry.keySpan;
  return { start: span.start, end: span.end, markdown: parts.join('\n\n'), path: pattern };
}
