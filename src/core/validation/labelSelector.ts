/**
 * metav1 LabelSelector: ValidateLabelSelector (apimachinery/pkg/apis/meta/v1/validation) and the matching of
 * LabelSelectorAsSelector(...).Matches(labels).
 */
import type { FieldError } from './fieldError';
import { isValidLabelValue, validateLabelName, validateLabels } from './apimachinery';
import { child, index, type Obj, type Reader } from './reader';

export interface ParsedRequirement { key: string; operator: string; values: string[] }
export interface ParsedSelector { matchLabels: Record<string, string>; matchExpressions: ParsedRequirement[] }

/** Reads a selector object; wrong JSON types are reported to `r`. */
export function readLabelSelector(r: Reader, sel: Obj, path: string): ParsedSelector {
  const matchLabels = r.strMap(sel, 'matchLabels', path) ?? {};
  const matchExpressions = r.objList(sel, 'matchExpressions', path).map(([i, e]) => {
    const p = index(child(path, 'matchExpressions'), i);
    return { key: r.str(e, 'key', p) ?? '', operator: r.str(e, 'operator', p) ?? '', values: r.strList(e, 'values', p) ?? [] };
  });
  return { matchLabels, matchExpressions };
}

/** ValidateLabelSelector (with AllowInvalidLabelValueInSelector false). */
export function validateLabelSelector(sel: ParsedSelector, path: string): FieldError[] {
  const errs = validateLabels(sel.matchLabels, child(path, 'matchLabels'));
  sel.matchExpressions.forEach((req, i) => {
    const p = index(child(path, 'matchExpressions'), i);
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (req.values.length === 0) errs.push({ field: child(p, 'values'), type: 'Required', detail: "must be specified when `operator` is 'In' or 'NotIn'" });
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (req.values.length > 0) errs.push({ field: child(p, 'values'), type: 'Forbidden', detail: "may not be specified when `operator` is 'Exists' or 'DoesNotExist'" });
        break;
      default:
        errs.push({ field: child(p, 'operator'), type: 'Invalid', badValue: req.operator, detail: 'not a valid selector operator' });
    }
    errs.push(...validateLabelName(req.key, child(p, 'key')));
    req.values.forEach((v, j) => {
      for (const detail of isValidLabelValue(v)) errs.push({ field: index(child(p, 'values'), j), type: 'Invalid', badValue: v, detail });
    });
  });
  return errs;
}

/** Whether the selector selects the label set. `undefined` selector = labels.Nothing(); `{}` = Everything(). */
export function labelSelectorMatches(sel: ParsedSelector | undefined, labels: Record<string, string>): boolean {
  if (sel === undefined) return false;
  for (const [k, v] of Object.entries(sel.matchLabels)) {
    if (labels[k] !== v) return false;
  }
  for (const req of sel.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    switch (req.operator) {
      case 'In': if (!has || !req.values.includes(labels[req.key])) return false; break;
      case 'NotIn': if (has && req.values.includes(labels[req.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}
