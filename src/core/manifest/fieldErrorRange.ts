/**
 * Maps a kube-apiserver FieldError to a diagnostic code and to the exact key or value range in the YAML tree.
 * Note: template label errors arrive at `spec.template.labels`, which lives at `spec.template.metadata.labels`.
 */
import type { FieldError } from '../validation/fieldError';
import type { ProblemCode } from './problemCodes';
import { entryOf, locate, parseFieldPath, type PathSegment } from './tree';
import type { Span, YNode } from './yamlAst';

/** The diagnostic code for a validator error. */
export function codeForFieldError(e: FieldError): ProblemCode {
  const f = e.field;
  if (f === 'metadata.name') return 'invalid-name';
  if (f === 'spec.template.metadata.labels' && e.detail.startsWith('`selector`')) return 'selector-template-mismatch';
  if (f === 'spec.selector' && e.detail.startsWith('empty selector')) return 'empty-selector';
  if (f.startsWith('spec.selector.matchExpressions')) return 'invalid-selector';
  if (/(^|\.)(labels|matchLabels|nodeSelector)(\[|$)/.test(f)) return 'invalid-label';
  if (f === 'spec.template.spec.restartPolicy') return 'restart-policy-not-always';
  if (f === 'spec.template.spec.activeDeadlineSeconds' && e.type === 'Forbidden') return 'active-deadline-forbidden';
  if ((f === 'spec.minReadySeconds' || f === 'spec.revisionHistoryLimit') && e.detail.includes('greater than or equal')) return 'negative-value';
  if (f === 'spec.updateStrategy') return 'invalid-update-strategy';
  if (e.type === 'NotSupported') return 'invalid-enum';
  if (f === 'spec.updateStrategy.rollingUpdate.maxSurge' && e.detail.startsWith('may not be set')) return 'surge-with-unavailable';
  if (f === 'spec.updateStrategy.rollingUpdate.maxUnavailable' && e.type === 'Required') return 'zero-budget';
  if (f.startsWith('spec.updateStrategy.rollingUpdate')) return 'invalid-rolling-update';
  if (f === 'spec.template.spec.containers' && e.type === 'Required') return 'missing-containers';
  if (/\.ports\[\d+\]/.test(f)) return 'invalid-port';
  if (/\.resources(\.|$)/.test(f)) return 'invalid-resources';
  if (f.includes('.tolerations[')) return 'invalid-toleration';
  if (f.includes('.affinity.')) return 'invalid-affinity';
  if (/\.(containers|initContainers)\[/.test(f)) return 'invalid-container';
  return 'invalid-field';
}

/** The YAML path of an apiserver field path. */
export function yamlPathOf(e: FieldError): PathSegment[] {
  const path = parseFieldPath(e.field);
  if (path[0] === 'spec' && path[1] === 'template' && (path[2] === 'labels' || path[2] === 'annotations')) path.splice(2, 0, 'metadata');
  if (e.field === 'spec.updateStrategy' && e.type === 'NotSupported') path.push('type');
  return path;
}

function keyOrStart(entrySpan: Span | undefined, node: YNode): Span {
  return entrySpan ?? { start: node.span.start, end: Math.min(node.span.end, node.span.start + 1) };
}

/** The range to underline for a validator error; `fallback` when the document has no tree. */
export function rangeOfFieldError(root: YNode | undefined, e: FieldError, fallback: Span): Span {
  const path = yamlPathOf(e);
  const { found, rest } = locate(root, path);
  if (!found) return fallback;
  const node = found.node;
  if (rest.length > 0) {
    // A field missing from a list item (e.g. a selector requirement without values): the whole item when it is a
    // flow map ({key: app, operator: In}, which starts before its first key), else the item's first key.
    if (!found.entry && node.kind === 'map' && node.entries.length) return node.span.start < node.entries[0].keySpan.start ? node.span : node.entries[0].keySpan;
    return keyOrStart(found.entry?.keySpan, node);
  }
  // Map-level errors (labels, nodeSelector): point at the offending key or value.
  if (node.kind === 'map' && typeof e.badValue === 'string' && e.type === 'Invalid') {
    const byKey = node.entries.find((x) => x.key === e.badValue);
    if (byKey) return byKey.keySpan;
    const byValue = node.entries.find((x) => x.value.kind === 'scalar' && String(x.value.value) === e.badValue);
    if (byValue) return byValue.value.span;
  }
  if (node.kind === 'scalar') return node.span;
  if (e.type === 'Duplicate' || e.type === 'NotFound' || e.type === 'NotSupported') return node.kind === 'null' ? keyOrStart(found.entry?.keySpan, node) : node.span;
  if (e.field === 'spec.template.metadata.labels' && found.entry) return found.entry.keySpan;
  return keyOrStart(found.entry?.keySpan, node);
}

/** The `key:` span of a path, if present (used by warnings). */
export function keySpanAt(root: YNode | undefined, path: PathSegment[]): Span | undefined {
  const parent = locate(root, path.slice(0, -1));
  if (parent.rest.length) return undefined;
  const last = path[path.length - 1];
  return typeof last === 'string' ? entryOf(parent.found?.node, last)?.keySpan : undefined;
}
