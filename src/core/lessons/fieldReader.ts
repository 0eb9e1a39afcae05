/**
 * A small typed reader over parsed YAML that records every problem as a LessonError naming the file and
 * the dotted field path, so a lesson author sees all mistakes of a file at once.
 */
import type { LessonError, Localized } from './lessonFormat';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class FieldReader {
  readonly errors: LessonError[] = [];
  constructor(readonly file: string) {}

  error(field: string, message: string): void {
    this.errors.push({ file: this.file, field, message });
  }

  /** Reports keys of `o` that are not in `allowed` (unknown keys are errors, as in the scenario format). */
  onlyKeys(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.error(join(path, k), `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
    }
  }

  obj(o: Obj, key: string, path: string, required = true): Obj | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error(join(path, key), 'required');
      return undefined;
    }
    if (!isObj(v)) {
      this.error(join(path, key), 'must be a mapping');
      return undefined;
    }
    return v;
  }

  str(o: Obj, key: string, path: string, required = true): string | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error(join(path, key), 'required');
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.error(join(path, key), 'must be a non-empty string');
      return undefined;
    }
    return v;
  }

  num(o: Obj, key: string, path: string, required = true): number | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error(join(path, key), 'required');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      this.error(join(path, key), 'must be a non-negative integer');
      return undefined;
    }
    return v;
  }

  list(o: Obj, key: string, path: string, required = true): unknown[] | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error(join(path, key), 'required');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(join(path, key), 'must be a list');
      return undefined;
    }
    return v;
  }

  stringList(o: Obj, key: string, path: string, required = true): string[] | undefined {
    const v = this.list(o, key, path, required);
    if (!v) return undefined;
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item);
      else this.error(`${join(path, key)}[${i}]`, 'must be a non-empty string');
    });
    return out;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[], fallback: T): T {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !values.includes(v as T)) {
      this.error(join(path, key), `must be one of ${values.join(', ')}`);
      return fallback;
    }
    return v as T;
  }

  /** A `{en, ko}` text: both languages present, non-empty, nothing else. */
  localized(o: Obj, key: string, path: string): Localized | undefined {
    const v = this.obj(o, key, path);
    if (!v) return undefined;
    const p = join(path, key);
    this.onlyKeys(v, p, ['en', 'ko']);
    const en = this.str(v, 'en', p);
    const ko = this.str(v, 'ko', p);
    // Identifiers and code (no whitespace, same in both languages) need no translation.
    const isCode = ko !== undefined && ko === en && !/\s/.test(ko);
    if (ko !== undefined && !isCode && !/[\uac00-\ud7a3]/.test(ko)) this.error(join(p, 'ko'), 'Korean text contains no Hangul');
    return en !== undefined && ko !== undefined ? { en, ko } : undefined;
  }
}

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
