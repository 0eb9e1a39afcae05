/** Value helpers for expectations: @hash(<templateId>) substitution and structural equality. */
import { canonicalJson } from '../controller/hash';

export function substitute(v: unknown, templates: Map<string, string>): unknown {
  if (typeof v === 'string') {
    return v.replace(/@hash\(([^)]*)\)/g, (_, id: string) => templates.get(id) ?? `<unknown template ${id}>`);
  }
  if (Array.isArray(v)) return v.map((x) => substitute(x, templates));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, templates)]));
  return v;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** Tolerations compared on key/operator/value/effect/tolerationSeconds only. */
export function normalizeTolerations(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((t: Record<string, unknown>) => {
    const o: Record<string, unknown> = {};
    for (const k of ['key', 'operator', 'value', 'effect', 'tolerationSeconds']) if (t?.[k] !== undefined && t?.[k] !== null && t?.[k] !== '') o[k] = t[k];
    return o;
  });
}

/** Finds a one-to-one assignment of items to slots where `fits(slot, item)`; true when every slot and item is used. */
export function perfectMatch<S, I>(slots: S[], items: I[], fits: (s: S, i: I) => boolean): boolean {
  if (slots.length !== items.length) return false;
  const used = new Array<boolean>(items.length).fill(false);
  const go = (k: number): boolean => {
    if (k === slots.length) return true;
    for (let i = 0; i < items.length; i++) {
      if (used[i] || !fits(slots[k], items[i])) continue;
      used[i] = true;
      if (go(k + 1)) return true;
      used[i] = false;
    }
    return false;
  };
  return go(0);
}
