/**
 * Diagnostics for every apps/v1 DaemonSet document of a YAML text: YAML syntax, schema (generated from the v1.30
 * OpenAPI), every API-server rule (validateDaemonSet, R5–R14) at the exact range, and DaemonSet-aware warnings.
 * Other documents are left alone, except for near-miss kinds/apiVersions. Offsets only; never throws.
 */
import { type FieldError, formatFieldError } from '../validation/fieldError';
import { isObj } from '../validation/reader';
import { validateDaemonSet } from '../validation/validateDaemonSet';
import { classifyDocuments, type ClassifiedDoc } from './documents';
import { codeForFieldError, rangeOfFieldError } from './fieldErrorRange';
import { codeInfo, type Lang, problemMessage, type ProblemCode, type Severity } from './problemCodes';
import { checkSchema, type RawProblem } from './schemaCheck';
import { daemonSetWarnings } from './warnings';
import type { YEntry } from './yamlAst';

/** One diagnostic: offsets into the text, a stable code, the message in the requested language, a docs link. */
export interface ManifestProblem {
  code: ProblemCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  /** The field path as kube-apiserver names it (empty for YAML-level problems). */
  path: string;
  docsUrl: string;
  /** Extra facts for quick fixes (e.g. supported values, a suggestion). */
  data?: Record<string, string>;
}

export interface LintOptions { lang?: Lang }

/** Lints the whole text. */
export function lintManifest(text: string, options: LintOptions = {}): ManifestProblem[] {
  return lintManifestDetailed(text, options).problems;
}

/** lintManifest, and whether any document of the text (of any kind) has a YAML syntax error. */
export function lintManifestDetailed(text: string, options: LintOptions = {}): { problems: ManifestProblem[]; syntaxError: boolean } {
  const lang = options.lang ?? 'en';
  const out: ManifestProblem[] = [];
  let docs: ClassifiedDoc[];
  try {
    docs = classifyDocuments(text);
  } catch {
    return { problems: out, syntaxError: true };
  }
  const syntaxError = docs.some((c) => c.doc.problems.some((p) => p.kind === 'yaml-syntax'));
  for (const c of docs) {
    try {
      out.push(...lintDocument(c, lang));
    } catch {
      // A bug in one rule must never hide the others or break the editor.
    }
  }
  for (const p of out) {
    // End-of-file errors point one past the text: keep every range inside it.
    p.end = Math.min(p.end, text.length);
    p.start = Math.min(p.start, Math.max(0, p.end - 1));
  }
  return { problems: out.sort((a, b) => a.start - b.start || a.end - b.end), syntaxError };
}

function make(code: ProblemCode, span: { start: number; end: number }, message: string, path = '', data?: Record<string, string>): ManifestProblem {
  const p: ManifestProblem = { code, severity: codeInfo[code].severity, start: span.start, end: span.end, message, path, docsUrl: codeInfo[code].docs };
  if (data) p.data = data;
  return p;
}

function lintDocument(c: ClassifiedDoc, lang: Lang): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const { doc } = c;
  if (c.kind === 'other') return out;
  for (const y of doc.problems) {
    const entry = y.kind === 'duplicate-key' ? findKeyEntry(doc, y.span.start) : undefined;
    out.push(make(y.kind, entry?.keySpan ?? y.span, problemMessage(y.kind, lang, { detail: y.message, key: entry?.key ?? '' })));
  }
  if (c.kind === 'kind-near-miss' && c.kindEntry) {
    const kind = String(c.kindEntry.value.kind === 'scalar' ? c.kindEntry.value.value : '');
    out.push(make('kind-near-miss', c.kindEntry.value.span, problemMessage('kind-near-miss', lang, { kind, suggestion: c.suggestion ?? 'DaemonSet' }), 'kind', { suggestion: c.suggestion ?? 'DaemonSet' }));
    return out;
  }
  if (c.kind === 'removed-api' && c.apiVersionEntry) {
    const apiVersion = String(c.apiVersionEntry.value.kind === 'scalar' ? c.apiVersionEntry.value.value : '');
    out.push(make('api-version-removed', c.apiVersionEntry.value.span, problemMessage('api-version-removed', lang, { apiVersion }), 'apiVersion', { suggestion: 'apps/v1' }));
    return out;
  }
  if (!doc.root || doc.problems.some((p) => p.kind === 'yaml-syntax')) return out;
  const schemaProblems: RawProblem[] = checkSchema(doc.root, lang);
  for (const p of schemaProblems) out.push(make(p.code, p.span, p.message, p.path, p.data));
  const typeErrorPaths = schemaProblems.filter((p) => p.code === 'wrong-type').map((p) => p.path);
  const fallback = { start: doc.span.start, end: Math.min(doc.span.end, doc.span.start + 1) };
  const errors = validateDaemonSet(doc.value).map((e) => ({ e, lookAhead: false }));
  errors.push(...lookAheadRollingUpdate(doc.value).map((e) => ({ e, lookAhead: true })));
  for (const { e, lookAhead } of errors) {
    if (e.detail.startsWith('must be of type ')) continue;
    if (typeErrorPaths.some((tp) => e.field === tp || e.field.startsWith(`${tp}.`) || e.field.startsWith(`${tp}[`))) continue;
    const code = codeForFieldError(e);
    const span = rangeOfFieldError(doc.root, e, fallback);
    const args: Record<string, string> = { server: formatFieldError(e) };
    if (code === 'invalid-label') {
      const isKey = e.detail.includes('name part') || e.detail.includes('prefix part') || e.detail.startsWith('a qualified name');
      args.what = `${isKey ? 'key' : 'value'} "${String(e.badValue)}"`;
      args.whatKo = `${isKey ? '키' : '값'} "${String(e.badValue)}"`;
    }
    const data: Record<string, string> = {};
    const supported = /^supported values: (.*)$/.exec(e.detail);
    if (e.type === 'NotSupported' && supported) {
      data.supported = supported[1];
      data.value = typeof e.badValue === 'string' ? e.badValue : String((e.badValue as { type?: string } | null)?.type ?? '');
      Object.assign(args, { value: data.value, field: e.field, supported: data.supported });
    }
    const note = lookAhead ? (lang === 'ko' ? ' (updateStrategy.type을 RollingUpdate로 고치면 API 서버가 이 오류도 보고합니다)' : ' (the API server reports this once updateStrategy.type is corrected to RollingUpdate)') : '';
    out.push(make(code, span, problemMessage(code, lang, args) + note, e.field, Object.keys(data).length ? data : undefined));
  }
  const tolerationErrors = out.some((p) => p.path.includes('.tolerations['));
  for (const w of daemonSetWarnings(doc.root, doc.value, lang)) {
    if (w.code === 'no-control-plane-toleration' && tolerationErrors) continue;
    out.push(make(w.code, w.span, w.message, w.path));
  }
  return out;
}

/**
 * A mis-cased `type: Rollingupdate` stops the server before it checks rollingUpdate (R11). Validate as if the
 * casing were fixed so the user sees the rollingUpdate errors now rather than after the next apply.
 */
function lookAheadRollingUpdate(value: unknown): FieldError[] {
  if (!isObj(value) || !isObj(value.spec) || !isObj(value.spec.updateStrategy)) return [];
  const type = value.spec.updateStrategy.type;
  if (typeof type !== 'string' || type === 'RollingUpdate' || type.toLowerCase() !== 'rollingupdate') return [];
  const fixed = { ...value, spec: { ...value.spec, updateStrategy: { ...value.spec.updateStrategy, type: 'RollingUpdate' } } };
  return validateDaemonSet(fixed).filter((e) => e.field.startsWith('spec.updateStrategy.rollingUpdate'));
}

function findKeyEntry(doc: ClassifiedDoc['doc'], offset: number): YEntry | undefined {
  const stack = doc.root ? [doc.root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'map') for (const e of n.entries) { if (e.keySpan.start === offset) return e; stack.push(e.value); }
    if (n.kind === 'seq') stack.push(...n.items);
  }
  return undefined;
}
