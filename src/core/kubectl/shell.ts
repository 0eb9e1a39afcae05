/**
 * The little shell around the simulated kubectl: `kubectl ... | grep PATTERN`, `| head [-n N]`, `| tail [-n N]`,
 * `| wc -l` (seed 001 pipes `kubectl get pods` into grep). Other shell syntax gets a clear error.
 */
import { KubectlError, tokenize } from './parse';

/** Splits a command line at unquoted `|`; throws for redirections and command lists, which the terminal does not run. */
export function splitPipeline(line: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"' && i + 1 < line.length) { cur += c + line[++i]; continue; }
      if (c === quote) quote = '';
      cur += c;
      continue;
    }
    if (c === '\\' && i + 1 < line.length) { cur += c + line[++i]; continue; }
    if (c === '"' || c === "'") { quote = c; cur += c; continue; }
    if (c === '|') {
      if (line[i + 1] === '|') throw new KubectlError('"||" is not supported by the simulated terminal');
      parts.push(cur);
      cur = '';
      continue;
    }
    if (c === '>' || c === '<' || c === ';' || c === '&' || c === '`' || (c === '$' && line[i + 1] === '(')) {
      throw new KubectlError(`"${c === '$' ? '$(' : c}" is not supported by the simulated terminal: it runs one kubectl command, optionally piped into grep, head, tail or wc -l`);
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

/** Applies one filter stage (`grep`, `head`, `tail`, `wc -l`) to text. */
export function runFilter(stage: string, input: string): string {
  const words = tokenize(stage);
  const cmd = words.shift();
  const lines = input === '' ? [] : input.replace(/\n$/, '').split('\n');
  const out = (ls: string[]) => (ls.length ? ls.join('\n') + '\n' : '');
  const count = (def: number): number => {
    const i = words.findIndex((w) => w === '-n' || /^-\d+$/.test(w) || /^-n\d+$/.test(w));
    if (i < 0) return def;
    const w = words[i];
    return Number(w === '-n' ? words[i + 1] : w.replace(/^-n?/, ''));
  };
  switch (cmd) {
    case 'grep': {
      const flags = words.filter((w) => /^-[a-zA-Z]+$/.test(w)).join('');
      const pattern = words.find((w) => !/^-[a-zA-Z]+$/.test(w));
      if (pattern === undefined) throw new KubectlError('usage: grep [-i] [-v] [-E] [-w] PATTERN');
      let re: RegExp;
      const body = flags.includes('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.includes('E') ? pattern : pattern.replace(/\\([|+?(){}])/g, '$1');
      try {
        re = new RegExp(flags.includes('w') ? `\\b(?:${body})\\b` : body, flags.includes('i') ? 'i' : '');
      } catch {
        throw new KubectlError(`grep: invalid pattern ${pattern}`);
      }
      return out(lines.filter((l) => re.test(l) !== flags.includes('v')));
    }
    case 'head': return out(lines.slice(0, count(10)));
    case 'tail': return out(lines.slice(Math.max(0, lines.length - count(10))));
    case 'wc':
      if (words[0] !== '-l') throw new KubectlError('only "wc -l" is supported by the simulated terminal');
      return `${lines.length}\n`;
    default:
      throw new KubectlError(`"${cmd ?? ''}" is not available in the simulated terminal: it can pipe kubectl into grep, head, tail or wc -l`);
  }
}
