/** Just enough of resource.Quantity for cpu (milli-units) and memory (bytes): parse, add, String(). */
const suffixes: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** The value in base units (cores or bytes); undefined when it does not parse. */
export function parseQuantity(q: string | number | undefined): number | undefined {
  if (q === undefined) return undefined;
  if (typeof q === 'number') return q;
  const m = /^([+-]?[0-9.]+)(?:[eE]([+-]?\d+))?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(q.trim());
  if (!m) return undefined;
  const base = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1);
  return base * suffixes[m[3] ?? ''];
}

export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  if (milli === 0) return '0';
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

export function formatMemory(bytes: number): string {
  let b = Math.round(bytes);
  if (b === 0) return '0';
  const bin = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
  const dec = ['', 'k', 'M', 'G', 'T', 'P', 'E'];
  if (b % 1024 === 0) {
    let i = 0;
    while (b % 1024 === 0 && i < bin.length - 1) { b /= 1024; i++; }
    return `${b}${bin[i]}`;
  }
  let i = 0;
  while (b % 1000 === 0 && i < dec.length - 1) { b /= 1000; i++; }
  return `${b}${dec[i]}`;
}

/** int64(req / allocatable * 100), 0 when nothing is allocatable. */
export function percent(value: number, of: number | undefined): number {
  if (!of) return 0;
  return Math.trunc((value / of) * 100);
}
