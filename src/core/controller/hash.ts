/**
 * controller.ComputeHash (R70): FNV-32a over a canonical dump of the defaulted pod template (here: JSON with
 * sorted keys instead of Go's spew dump), the collision count appended as 8 little-endian bytes, the uint32
 * written in decimal and mapped through rand.SafeEncodeString's alphabet.
 */
const alphanums = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted and undefined members dropped: equal content gives equal text. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

export function fnv32a(bytes: number[]): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each byte mapped onto the vowel-free alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += alphanums[s.charCodeAt(i) % alphanums.length];
  return out;
}

export function computeHash(template: unknown, collisionCount?: number): string {
  const bytes = utf8(canonicalJson(template));
  if (collisionCount !== undefined && collisionCount !== null) {
    let c = BigInt(collisionCount);
    for (let i = 0; i < 8; i++) {
      bytes.push(Number(c & 0xffn));
      c >>= 8n;
    }
  }
  return safeEncodeString(String(fnv32a(bytes)));
}
