/** Label selectors (metav1.LabelSelector) and the label helpers the controller needs. */
import type { LabelSelector } from '../model/types';

/** LabelSelectorAsSelector(...).Matches(labels). A nil selector matches nothing; `{}` matches everything. */
export function selectorMatches(sel: LabelSelector | undefined | null, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const want = sel.matchLabels;
  if (want) for (const k in want) if (l[k] !== want[k]) return false;
  for (const r of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const vals = r.values ?? [];
    switch (r.operator) {
      case 'In': if (!has || !vals.includes(l[r.key])) return false; break;
      case 'NotIn': if (has && vals.includes(l[r.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

/** True for a selector with neither matchLabels nor matchExpressions (`{}`). */
export function isEmptySelector(sel: LabelSelector | undefined | null): boolean {
  return !!sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}
