/**
 * resource.Quantity for validation: exact parsing (value = n × 10^e as a bigint), comparison and the
 * canonical String() form kube-apiserver prints (e.g. "0.5" → "500m", "1024Mi" → "1Gi", "1000" → "1k").
 */
export interface Quantity { n: bigint; e: number; format: 'DecimalSI' | 'BinarySI' | 'DecimalExponent' }

/** resource.ErrFormatWrong, the decode error for a malformed quantity. */
export const quantityFormatError = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const decimalSuffix: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffix: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const quantityRe = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** ParseQuantity; undefined when the text is not a quantity. Numbers (YAML `cpu: 1`) are accepted too. */
export function parseQuantity(v: string | number): Quantity | undefined {
  const text = typeof v === 'number' ? (Number.isFinite(v) ? numberText(v) : '') : v;
  const m = quantityRe.exec(text);
  if (!m) return undefined;
  const [intPart, fracPart = ''] = m[2].split('.');
  let n = BigInt((intPart || '0') + fracPart) * (m[1] === '-' ? -1n : 1n);
  let e = -fracPart.length;
  const suffix = m[3] ?? '';
  let format: Quantity['format'] = 'DecimalSI';
  if (suffix in binarySuffix) {
    n *= 1024n ** BigInt(binarySuffix[suffix]);
    format = 'BinarySI';
  } else if (/^[eE]/.test(suffix)) {
    e += Number(suffix.slice(1));
    format = 'DecimalExponent';
  } else {
    e += decimalSuffix[suffix];
  }
  return normalize({ n, e, format });
}

function numberText(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  const [mant, exp] = s.split(/e/i);
  return `${mant}e${Number(exp)}`;
}

function normalize(q: Quantity): Quantity {
  let { n, e } = q;
  if (n === 0n) return { n, e: 0, format: q.format };
  while (n % 10n === 0n) { n /= 10n; e++; }
  if (e < -9) {
    // Quantities are rounded up to nano units.
    const div = 10n ** BigInt(-9 - e);
    n = n > 0n ? (n + div - 1n) / div : n / div;
    e = -9;
    return normalize({ n, e, format: q.format });
  }
  return { n, e, format: q.format };
}

/** Cmp: -1, 0 or 1. */
export function compareQuantity(a: Quantity, b: Quantity): number {
  const e = Math.min(a.e, b.e);
  const x = a.n * 10n ** BigInt(a.e - e);
  const y = b.n * 10n ** BigInt(b.e - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isNegative(q: Quantity): boolean {
  return q.n < 0n;
}

/** Quantity.String(): the canonical form. */
export function formatQuantity(q: Quantity): string {
  if (q.n === 0n) return '0';
  if (q.format === 'BinarySI' && q.e >= 0) {
    const v = q.n * 10n ** BigInt(q.e);
    const abs = v < 0n ? -v : v;
    if (abs >= 1024n) {
      const names = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
      let k = 0;
      let m = v;
      while (k < 6 && m % 1024n === 0n) { m /= 1024n; k++; }
      if (k > 0) return `${m}${names[k]}`;
      return `${v}`;
    }
  }
  let exp3 = Math.floor(q.e / 3) * 3;
  if (exp3 > 18) exp3 = 18;
  const mant = q.n * 10n ** BigInt(q.e - exp3);
  if (q.format === 'DecimalExponent') return exp3 === 0 ? `${mant}` : `${mant}e${exp3}`;
  const names: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
  return `${mant}${names[exp3]}`;
}
