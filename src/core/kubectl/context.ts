/** State shared by one kubectl invocation: the simulation, output buffers, namespace and language. */
import type { Simulation } from '../sim/api';
import type { KubectlError} from './parse';
import { type ParsedArgs } from './parse';

/** Injected I/O: the core has no file system. */
export interface KubectlIO {
  /** Returns a file's text, or undefined when it cannot be read (`apply -f` / `create -f`). */
  readFile?(path: string): string | undefined;
  /** Language of the simulator's own notes (kubectl's messages stay in English, as kubectl prints them). */
  language?: 'en' | 'ko';
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * Set when real kubectl would keep waiting (`rollout status` of an unfinished rollout without --watch=false).
   * A terminal may re-run the same command after the simulation changes and print only new lines.
   */
  waiting?: boolean;
}

export class Ctx {
  readonly out: string[] = [];
  readonly err: string[] = [];
  exitCode = 0;
  waiting = false;
  constructor(readonly sim: Simulation, readonly io: KubectlIO) {}

  print(text: string): void {
    this.out.push(text.endsWith('\n') ? text : text + '\n');
  }
  warn(text: string): void {
    this.err.push(text.endsWith('\n') ? text : text + '\n');
  }
  /** Prints an error as kubectl's CheckErr does (API errors as-is, others prefixed `error: `) and sets exit 1. */
  fail(e: KubectlError | string): void {
    const msg = typeof e === 'string' ? e : e.message;
    this.warn(isApiMessage(msg) ? msg : `error: ${msg}`);
    if (typeof e !== 'string' && e.hint) this.warn(e.hint);
    this.exitCode = 1;
  }
  /** A note from the simulator itself (not a kubectl message), in the user's language. */
  t(en: string, ko: string): string {
    return this.io.language === 'ko' ? ko : en;
  }
  namespace(p: ParsedArgs): string {
    return p.flags.get('namespace') ?? this.sim.namespace;
  }
  result(): KubectlResult {
    const r: KubectlResult = { stdout: this.out.join(''), stderr: this.err.join(''), exitCode: this.exitCode };
    if (this.waiting) r.waiting = true;
    return r;
  }
}

function isApiMessage(msg: string): boolean {
  return msg.startsWith('Error from server') || /^The [A-Za-z]+ "[^"]*" is invalid/.test(msg) || msg.startsWith('error:') || msg.startsWith('Unable to connect');
}
