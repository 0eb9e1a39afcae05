/**
 * Tolerations and node affinity of a pod spec (R14): ValidateTolerations, validateTaintEffect,
 * validateNodeAffinity, ValidateNodeSelector, ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement,
 * ValidatePreferredSchedulingTerms in kubernetes/kubernetes pkg/apis/core/validation/validation.go.
 */
import type { FieldError } from './fieldError';
import { isDNS1123Label, isDNS1123Subdomain, isValidLabelValue, notSupported, validateLabelName } from './apimachinery';
import { readLabelSelector, validateLabelSelector } from './labelSelector';
import { child, index, type Obj, type Reader } from './reader';

const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** ValidateTolerations for `spec.template.spec.tolerations`. */
export function validateTolerations(r: Reader, podSpec: Obj, specPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const listPath = child(specPath, 'tolerations');
  for (const [i, t] of r.objList(podSpec, 'tolerations', specPath)) {
    const p = index(listPath, i);
    const key = r.str(t, 'key', p) ?? '';
    const operator = r.str(t, 'operator', p) ?? '';
    const value = r.str(t, 'value', p) ?? '';
    const effect = r.str(t, 'effect', p) ?? '';
    const seconds = r.int(t, 'tolerationSeconds', p, 64);
    if (key.length > 0) errs.push(...validateLabelName(key, child(p, 'key')));
    if (key.length === 0 && operator !== 'Exists') {
      errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: operator, detail: 'operator must be Exists when `key` is empty, which means "match all values and all keys"' });
    }
    if (seconds !== undefined && effect !== 'NoExecute') {
      errs.push({ field: child(p, 'effect'), type: 'Invalid', badValue: effect, detail: "effect must be 'NoExecute' when `tolerationSeconds` is set" });
    }
    switch (operator) {
      case 'Equal':
      case '': {
        const msgs = isValidLabelValue(value);
        if (msgs.length) errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: value, detail: msgs.join(';') });
        break;
      }
      case 'Exists':
        if (value.length > 0) errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: { ...t }, detail: "value must be empty when `operator` is 'Exists'" });
        break;
      default:
        errs.push(notSupported(child(p, 'operator'), operator, ['Equal', 'Exists']));
    }
    if (effect.length > 0 && !taintEffects.includes(effect)) errs.push(notSupported(child(p, 'effect'), effect, taintEffects));
  }
  return errs;
}

/** validateAffinity: node affinity (R14) and the pod (anti-)affinity terms' selectors, topologyKey and weights. */
export function validateAffinity(r: Reader, podSpec: Obj, specPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const affPath = child(specPath, 'affinity');
  const affinity = r.obj(podSpec, 'affinity', specPath);
  const na = r.obj(affinity, 'nodeAffinity', affPath);
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const pa = r.obj(affinity, kind, affPath);
    if (pa) errs.push(...validatePodAffinity(r, pa, child(affPath, kind)));
  }
  if (na === undefined) return errs;
  const naPath = child(affPath, 'nodeAffinity');
  const required = r.obj(na, 'requiredDuringSchedulingIgnoredDuringExecution', naPath);
  if (required !== undefined) {
    errs.push(...validateNodeSelector(r, required, child(naPath, 'requiredDuringSchedulingIgnoredDuringExecution'), false));
  }
  const prefPath = child(naPath, 'preferredDuringSchedulingIgnoredDuringExecution');
  for (const [i, term] of r.objList(na, 'preferredDuringSchedulingIgnoredDuringExecution', naPath)) {
    const p = index(prefPath, i);
    const weight = r.int(term, 'weight', p) ?? 0;
    if (weight <= 0 || weight > 100) errs.push({ field: child(p, 'weight'), type: 'Invalid', badValue: weight, detail: 'must be in the range 1-100' });
    const pref = r.obj(term, 'preference', p) ?? {};
    errs.push(...validateNodeSelectorTerm(r, pref, child(p, 'preference'), true));
  }
  return errs;
}

/** validatePodAffinity / validatePodAntiAffinity: label selectors, topologyKey, namespaces, weights. */
function validatePodAffinity(r: Reader, pa: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const reqPath = child(path, 'requiredDuringSchedulingIgnoredDuringExecution');
  for (const [i, term] of r.objList(pa, 'requiredDuringSchedulingIgnoredDuringExecution', path)) errs.push(...validatePodAffinityTerm(r, term, index(reqPath, i)));
  const prefPath = child(path, 'preferredDuringSchedulingIgnoredDuringExecution');
  for (const [i, w] of r.objList(pa, 'preferredDuringSchedulingIgnoredDuringExecution', path)) {
    const p = index(prefPath, i);
    const weight = r.int(w, 'weight', p) ?? 0;
    if (weight <= 0 || weight > 100) errs.push({ field: child(p, 'weight'), type: 'Invalid', badValue: weight, detail: 'must be in the range 1-100' });
    errs.push(...validatePodAffinityTerm(r, r.obj(w, 'podAffinityTerm', p) ?? {}, child(p, 'podAffinityTerm')));
  }
  return errs;
}

function validatePodAffinityTerm(r: Reader, term: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const name of ['labelSelector', 'namespaceSelector']) {
    const sel = r.obj(term, name, path);
    if (sel) errs.push(...validateLabelSelector(readLabelSelector(r, sel, child(path, name)), child(path, name)));
  }
  for (const ns of r.strList(term, 'namespaces', path) ?? []) {
    for (const detail of isDNS1123Label(ns)) errs.push({ field: child(path, 'namespace'), type: 'Invalid', badValue: ns, detail });
  }
  const topologyKey = r.str(term, 'topologyKey', path) ?? '';
  if (topologyKey.length === 0) errs.push({ field: child(path, 'topologyKey'), type: 'Required', detail: 'can not be empty' });
  errs.push(...validateLabelName(topologyKey, child(path, 'topologyKey')));
  return errs;
}

/** ValidateNodeSelector: at least one term; each term validated. */
export function validateNodeSelector(r: Reader, ns: Obj, path: string, allowInvalidLabelValue: boolean): FieldError[] {
  const termsPath = child(path, 'nodeSelectorTerms');
  const terms = r.list(ns, 'nodeSelectorTerms', path) ?? [];
  if (terms.length === 0) return [{ field: termsPath, type: 'Required', detail: 'must have at least one node selector term' }];
  const errs: FieldError[] = [];
  for (const [i, term] of r.objList(ns, 'nodeSelectorTerms', path)) {
    errs.push(...validateNodeSelectorTerm(r, term, index(termsPath, i), allowInvalidLabelValue));
  }
  return errs;
}

function readRequirement(r: Reader, req: Obj, p: string): { key: string; operator: string; values: string[] } {
  return { key: r.str(req, 'key', p) ?? '', operator: r.str(req, 'operator', p) ?? '', values: r.strList(req, 'values', p) ?? [] };
}

function validateNodeSelectorTerm(r: Reader, term: Obj, path: string, allowInvalidLabelValue: boolean): FieldError[] {
  const errs: FieldError[] = [];
  for (const [j, raw] of r.objList(term, 'matchExpressions', path)) {
    const p = index(child(path, 'matchExpressions'), j);
    const req = readRequirement(r, raw, p);
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (req.values.length === 0) errs.push({ field: child(p, 'values'), type: 'Required', detail: "must be specified when `operator` is 'In' or 'NotIn'" });
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (req.values.length > 0) errs.push({ field: child(p, 'values'), type: 'Forbidden', detail: "may not be specified when `operator` is 'Exists' or 'DoesNotExist'" });
        break;
      case 'Gt':
      case 'Lt':
        if (req.values.length !== 1) errs.push({ field: child(p, 'values'), type: 'Required', detail: "must be specified single value when `operator` is 'Lt' or 'Gt'" });
        break;
      default:
        errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: req.operator, detail: 'not a valid selector operator' });
    }
    errs.push(...validateLabelName(req.key, child(p, 'key')));
    if (!allowInvalidLabelValue) {
      req.values.forEach((v, k) => {
        for (const detail of isValidLabelValue(v)) errs.push({ field: index(child(p, 'values'), k), type: 'Invalid', badValue: v, detail });
      });
    }
  }
  for (const [j, raw] of r.objList(term, 'matchFields', path)) {
    const p = index(child(path, 'matchFields'), j);
    const req = readRequirement(r, raw, p);
    if (req.operator === 'In' || req.operator === 'NotIn') {
      if (req.values.length !== 1) errs.push({ field: child(p, 'values'), type: 'Required', detail: "must be only one value when `operator` is 'In' or 'NotIn' for node field selector" });
    } else {
      errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: req.operator, detail: 'not a valid selector operator' });
    }
    if (req.key !== 'metadata.name') {
      errs.push({ field: child(p, 'key'), type: 'Invalid', badValue: req.key, detail: 'not a valid field selector key' });
    } else {
      req.values.forEach((v, k) => {
        for (const detail of isDNS1123Subdomain(v)) errs.push({ field: index(child(p, 'values'), k), type: 'Invalid', badValue: v, detail });
      });
    }
  }
  return errs;
}
