/** resource.Quantity parsing for the scheduler's NodeResourcesFit: cpu in cores, memory in bytes. */
const suffixes: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** The value in base units, or 0 when absent or unparsable. Milli-cpu is rounded to avoid float drift. */
const parsed = new Map<string, number>();

export function quantity(q: string | number | undefined | null): number {
  if (q === undefined || q === null) return 0;
  if (typeof q === 'number') return q;
  let v = parsed.get(q);
  if (v === undefined) {
    v = parseQuantity(q);
    if (parsed.size < 10000) parsed.set(q, v);
  }
  return v;
}

function parseQuantity(q: string): number {
  const m = /^([+-]?[0-9.]+)(?:[eE]([+-]?\d+))?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(String(q).trim());
  if (!m) return 0;
  const v = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1) * suffixes[m[3] ?? ''];
  return Math.round(v * 1000) / 1000;
}
