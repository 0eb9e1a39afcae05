/**
 * Shell-like tokenizer and a small pflag-style flag parser for the simulated kubectl.
 */

/** An error kubectl prints on stderr (exit code 1); `hint` adds cobra's "See 'kubectl x --help'" line. */
export class KubectlError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** Splits a command line like sh does: whitespace separates words, '…' is literal, "…" honours \" \\ \$ \`, \x escapes outside quotes. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new KubectlError('unterminated quoted string');
      cur += line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i];
        if (d === '"') { closed = true; i++; break; }
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) { cur += line[i + 1]; i += 2; continue; }
        cur += d;
        i++;
      }
      if (!closed) throw new KubectlError('unterminated quoted string');
    } else if (c === '\\') {
      if (i + 1 < line.length) cur += line[i + 1];
      i += 2;
    } else {
      cur += c;
      i++;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

export type FlagKind = 'bool' | 'string' | 'int';

export interface FlagSpec {
  name: string;
  kind: FlagKind;
  short?: string;
  /** Value used when the flag is given without `=value` (pflag NoOptDefVal), e.g. --cascade → background. */
  noOptDefault?: string;
}

export interface ParsedArgs {
  args: string[];
  flags: Map<string, string>;
}

/** Flags every kubectl command accepts (a subset of kubectl's global flags). */
export const globalFlags: FlagSpec[] = [
  { name: 'namespace', kind: 'string', short: 'n' },
  { name: 'help', kind: 'bool', short: 'h' },
  { name: 'context', kind: 'string' },
  { name: 'kubeconfig', kind: 'string' },
  { name: 'v', kind: 'int', short: 'v' },
];

/**
 * Parses flags the way pflag does for one command: `--name=value`, `--name value`, `-n value`, `-nvalue`,
 * `-A` (bool), `--bool=false`, `--` ends flags. Unknown flags raise kubectl's messages.
 */
export function parseFlags(tokens: string[], specs: FlagSpec[], command: string): ParsedArgs {
  const all = [...specs, ...globalFlags];
  const byName = new Map(all.map((s) => [s.name, s] as const));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short as string, s] as const));
  const args: string[] = [];
  const flags = new Map<string, string>();
  const hint = `See 'kubectl ${command} --help' for usage.`;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '--') { args.push(...tokens.slice(i + 1)); break; }
    if (t.startsWith('--') && t.length > 2) {
      const eq = t.indexOf('=');
      const name = eq >= 0 ? t.slice(2, eq) : t.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new KubectlError(`unknown flag: --${name}`, hint);
      if (eq >= 0) { flags.set(spec.name, checkValue(spec, t.slice(eq + 1), `--${name}`, hint)); continue; }
      if (spec.kind === 'bool') { flags.set(spec.name, 'true'); continue; }
      if (spec.noOptDefault !== undefined) { flags.set(spec.name, spec.noOptDefault); continue; }
      if (i + 1 >= tokens.length) throw new KubectlError(`flag needs an argument: --${name}`, hint);
      flags.set(spec.name, checkValue(spec, tokens[++i], `--${name}`, hint));
      continue;
    }
    if (t.startsWith('-') && t.length > 1 && t !== '-') {
      // shorthand cluster: -Ao wide, -owide, -n=kube-system
      let j = 1;
      while (j < t.length) {
        const ch = t[j];
        const spec = byShort.get(ch);
        if (!spec) throw new KubectlError(`unknown shorthand flag: '${ch}' in ${t}`, hint);
        const rest = t.slice(j + 1);
        if (spec.kind === 'bool') {
          if (rest.startsWith('=')) { flags.set(spec.name, checkValue(spec, rest.slice(1), `-${ch}`, hint)); break; }
          flags.set(spec.name, 'true');
          j++;
          continue;
        }
        if (rest.length > 0) { flags.set(spec.name, checkValue(spec, rest.startsWith('=') ? rest.slice(1) : rest, `-${ch}`, hint)); break; }
        if (i + 1 >= tokens.length) throw new KubectlError(`flag needs an argument: '${ch}' in -${ch}`, hint);
        flags.set(spec.name, checkValue(spec, tokens[++i], `-${ch}`, hint));
        break;
      }
      continue;
    }
    args.push(t);
  }
  return { args, flags };
}

function checkValue(spec: FlagSpec, value: string, shown: string, hint: string): string {
  if (spec.kind === 'bool') {
    const b = parseGoBool(value);
    if (b === undefined) throw new KubectlError(`invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`, hint);
    return String(b);
  }
  if (spec.kind === 'int' && !/^-?\d+$/.test(value)) {
    throw new KubectlError(`invalid argument "${value}" for "${shown}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`, hint);
  }
  return value;
}

/** strconv.ParseBool. */
export function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

export function flagBool(p: ParsedArgs, name: string): boolean {
  return p.flags.get(name) === 'true';
}
