/**
 * The API server's validation of an apps/v1 DaemonSet (R5–R14 of the semantics spec): ValidateDaemonSet,
 * ValidateDaemonSetSpec, ValidateDaemonSetUpdateStrategy and ValidateRollingUpdateDaemonSet
 * (kubernetes/kubernetes pkg/apis/apps/validation/validation.go) and the selector immutability of
 * pkg/registry/apps/daemonset/strategy.go (ValidateUpdate). One validator, shared by the simulated apply and
 * the editor diagnostics. Input may be defaulted (R1/R2) or not: an absent field with a default is read as
 * its default. Never throws; wrong JSON types become errors.
 */
import type { FieldError } from './fieldError';
import { fieldImmutableErrorMsg, isDNS1123Label, isDNS1123Subdomain, isValidPercent, notSupported, validateLabels, validateNonnegativeField } from './apimachinery';
import { labelSelectorMatches, readLabelSelector, validateLabelSelector } from './labelSelector';
import { isObj, type Obj, Reader } from './reader';
import { validateAnnotations, validatePodTemplateSpec } from './validatePodTemplate';

/** ValidateDaemonSet: create-time validation of a DaemonSet object. */
export function validateDaemonSet(ds: unknown): FieldError[] {
  if (!isObj(ds)) return [{ field: '', type: 'Invalid', badValue: ds, detail: 'must be of type object' }];
  const r = new Reader();
  const errs = validateObjectMeta(r, ds);
  errs.push(...validateDaemonSetSpec(r, r.obj(ds, 'spec', '') ?? {}, 'spec'));
  return [...r.errs, ...errs];
}

/** ValidateDaemonSetUpdate as the strategy runs it: create-time rules, then `spec.selector` is immutable (R8). */
export function validateDaemonSetUpdate(next: unknown, old: unknown): FieldError[] {
  const errs = validateDaemonSet(next);
  const nextSel = isObj(next) && isObj(next.spec) ? next.spec.selector : undefined;
  const oldSel = isObj(old) && isObj(old.spec) ? old.spec.selector : undefined;
  if ((nextSel == null) !== (oldSel == null) || !semanticEqual(nextSel, oldSel)) {
    errs.push({ field: 'spec.selector', type: 'Invalid', badValue: nextSel ?? null, detail: fieldImmutableErrorMsg });
  }
  return errs;
}

function validateObjectMeta(r: Reader, ds: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const meta = r.obj(ds, 'metadata', '');
  const name = r.str(meta, 'name', 'metadata') ?? '';
  const generateName = r.str(meta, 'generateName', 'metadata') ?? '';
  if (generateName) {
    for (const detail of isDNS1123Subdomain(generateName.replace(/-$/, 'a'))) errs.push({ field: 'metadata.generateName', type: 'Invalid', badValue: generateName, detail });
  }
  if (name.length === 0) {
    if (!generateName && meta?.name == null) errs.push({ field: 'metadata.name', type: 'Required', detail: 'name or generateName is required' });
  } else {
    for (const detail of isDNS1123Subdomain(name)) errs.push({ field: 'metadata.name', type: 'Invalid', badValue: name, detail });
  }
  const namespace = r.str(meta, 'namespace', 'metadata');
  if (namespace) for (const detail of isDNS1123Label(namespace)) errs.push({ field: 'metadata.namespace', type: 'Invalid', badValue: namespace, detail });
  errs.push(...validateLabels(r.strMap(meta, 'labels', 'metadata'), 'metadata.labels'));
  errs.push(...validateAnnotations(r.strMap(meta, 'annotations', 'metadata'), 'metadata.annotations'));
  return errs;
}

/** ValidateDaemonSetSpec (R7, R9–R13). */
function validateDaemonSetSpec(r: Reader, spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const selObj = r.obj(spec, 'selector', path);
  const selector = selObj === undefined ? undefined : readLabelSelector(r, selObj, 'spec.selector');
  const selectorErrs = selector === undefined ? [] : validateLabelSelector(selector, 'spec.selector');
  errs.push(...selectorErrs);
  const template = r.obj(spec, 'template', path);
  const templateMeta = r.obj(template, 'metadata', 'spec.template');
  const templateLabels = isObj(templateMeta?.labels) ? stringEntries(templateMeta.labels) : {};
  const selectorTypeError = spec.selector != null && selObj === undefined;
  if (selectorErrs.length === 0 && !selectorTypeError && !labelSelectorMatches(selector, templateLabels)) {
    errs.push({ field: 'spec.template.metadata.labels', type: 'Invalid', badValue: templateLabels, detail: '`selector` does not match template `labels`' });
  }
  if (selector !== undefined && Object.keys(selector.matchLabels).length + selector.matchExpressions.length === 0) {
    errs.push({ field: 'spec.selector', type: 'Invalid', badValue: selObj, detail: 'empty selector is invalid for daemonset' });
  }
  errs.push(...validatePodTemplateSpec(r, template, 'spec.template'));
  const podSpec = isObj(template?.spec) ? template.spec : {};
  const restartPolicy = typeof podSpec.restartPolicy === 'string' && podSpec.restartPolicy !== '' ? podSpec.restartPolicy : 'Always';
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']));
  if (podSpec.activeDeadlineSeconds != null) {
    errs.push({ field: 'spec.template.spec.activeDeadlineSeconds', type: 'Forbidden', detail: 'activeDeadlineSeconds in DaemonSet is not Supported' });
  }
  const minReadySeconds = r.int(spec, 'minReadySeconds', path);
  if (minReadySeconds !== undefined) errs.push(...validateNonnegativeField(minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateUpdateStrategy(r, spec));
  const revisionHistoryLimit = r.int(spec, 'revisionHistoryLimit', path);
  if (revisionHistoryLimit !== undefined) errs.push(...validateNonnegativeField(revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  return errs;
}

/** ValidateDaemonSetUpdateStrategy (R11); an absent/empty type is the default RollingUpdate (R1). OnDelete is unchecked (R13). */
function validateUpdateStrategy(r: Reader, spec: Obj): FieldError[] {
  const path = 'spec.updateStrategy';
  const strategy = r.obj(spec, 'updateStrategy', 'spec');
  const type = r.str(strategy, 'type', path) || 'RollingUpdate';
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') return [notSupported(path, strategy ?? null, ['RollingUpdate', 'OnDelete'])];
  const ru = r.obj(strategy, 'rollingUpdate', path) ?? {};
  const ruPath = `${path}.rollingUpdate`;
  const maxUnavailable = r.intOrString(ru, 'maxUnavailable', ruPath) ?? 1;
  const maxSurge = r.intOrString(ru, 'maxSurge', ruPath) ?? 0;
  return validateRollingUpdate(maxUnavailable, maxSurge, ruPath);
}

/** ValidateRollingUpdateDaemonSet (R12), including the exactly-one-non-zero table. */
function validateRollingUpdate(maxUnavailable: number | string, maxSurge: number | string, path: string): FieldError[] {
  const muPath = `${path}.maxUnavailable`;
  const msPath = `${path}.maxSurge`;
  const errs = [...validatePositiveIntOrPercent(maxUnavailable, muPath), ...validatePositiveIntOrPercent(maxSurge, msPath)];
  errs.push(...isNotMoreThan100Percent(maxUnavailable, muPath), ...isNotMoreThan100Percent(maxSurge, msPath));
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push({ field: msPath, type: 'Invalid', badValue: maxSurge, detail: 'may not be set when maxUnavailable is non-zero' });
  if (!hasUnavailable && !hasSurge) errs.push({ field: muPath, type: 'Required', detail: 'cannot be 0 when maxSurge is 0' });
  return errs;
}

function validatePositiveIntOrPercent(v: number | string, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((detail) => ({ field: path, type: 'Invalid', badValue: v, detail }));
  return validateNonnegativeField(v, path);
}

function percentValue(v: number | string): number | undefined {
  if (typeof v !== 'string' || isValidPercent(v).length) return undefined;
  return Number(v.slice(0, -1));
}

/** getIntOrPercentValue: the percent number, the int, or strconv.Atoi of a non-percent string (0 when not numeric). */
function intOrPercentValue(v: number | string): number {
  const pct = percentValue(v);
  if (pct !== undefined) return pct;
  if (typeof v === 'number') return v;
  return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

function isNotMoreThan100Percent(v: number | string, path: string): FieldError[] {
  const pct = percentValue(v);
  return pct !== undefined && pct > 100 ? [{ field: path, type: 'Invalid', badValue: v, detail: 'must not be greater than 100%' }] : [];
}

function stringEntries(m: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** apiequality.Semantic.DeepEqual on JSON values: nil and empty maps/lists are equal. */
function semanticEqual(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!semanticEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}
