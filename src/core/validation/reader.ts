/**
 * Typed reads from an untyped object. A present value of the wrong JSON type is reported as an error
 * (the real API server rejects it while decoding) and read as absent, so validation never throws.
 */
import type { FieldError } from './fieldError';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function child(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Collects errors while reading fields; `null` counts as absent, as JSON decoding into Go does. */
export class Reader {
  readonly errs: FieldError[] = [];

  typeError(path: string, value: unknown, expected: string): void {
    this.errs.push({ field: path, type: 'Invalid', badValue: value, detail: `must be of type ${expected}, not ${jsonType(value)}` });
  }

  obj(parent: Obj | undefined, name: string, path: string): Obj | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    if (isObj(v)) return v;
    this.typeError(child(path, name), v, 'object');
    return undefined;
  }

  str(parent: Obj | undefined, name: string, path: string): string | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    if (typeof v === 'string') return v;
    this.typeError(child(path, name), v, 'string');
    return undefined;
  }

  bool(parent: Obj | undefined, name: string, path: string): boolean | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    if (typeof v === 'boolean') return v;
    this.typeError(child(path, name), v, 'boolean');
    return undefined;
  }

  /** An int32 (or int64 with `bits` 64). */
  int(parent: Obj | undefined, name: string, path: string, bits: 32 | 64 = 32): number | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    const max = bits === 32 ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= max + 1) return v;
    this.typeError(child(path, name), v, bits === 32 ? 'int32' : 'int64');
    return undefined;
  }

  list(parent: Obj | undefined, name: string, path: string): unknown[] | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    if (Array.isArray(v)) return v;
    this.typeError(child(path, name), v, 'array');
    return undefined;
  }

  /** A list of objects; non-object items are reported and skipped (their index is kept). */
  objList(parent: Obj | undefined, name: string, path: string): Array<[number, Obj]> {
    return this.objItems(this.list(parent, name, path) ?? [], child(path, name));
  }

  /** The object items of an already-read list. */
  objItems(items: unknown[], listPath: string): Array<[number, Obj]> {
    const out: Array<[number, Obj]> = [];
    items.forEach((item, i) => {
      if (isObj(item)) out.push([i, item]);
      else this.typeError(index(listPath, i), item, 'object');
    });
    return out;
  }

  /** A list of strings; non-string items are reported and dropped. */
  strList(parent: Obj | undefined, name: string, path: string): string[] | undefined {
    const items = this.list(parent, name, path);
    if (items === undefined) return undefined;
    const out: string[] = [];
    items.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else this.typeError(index(child(path, name), i), item, 'string');
    });
    return out;
  }

  /** A map[string]string such as labels; a non-string value is reported at `path.name[key]`. */
  strMap(parent: Obj | undefined, name: string, path: string): Record<string, string> | undefined {
    const m = this.obj(parent, name, path);
    if (m === undefined) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m)) {
      if (typeof v === 'string') out[k] = v;
      else if (v != null) this.typeError(key(child(path, name), k), v, 'string');
      else out[k] = '';
    }
    return out;
  }

  /** An IntOrString (maxUnavailable, maxSurge). */
  intOrString(parent: Obj | undefined, name: string, path: string): number | string | undefined {
    const v = parent?.[name];
    if (v == null) return undefined;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) return v;
    this.typeError(child(path, name), v, 'integer or string');
    return undefined;
  }
}
