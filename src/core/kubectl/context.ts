/** State shared by one kubectl invocation: the simulation, output buffers, namespace and language. */
import type { ApplyResult, Simulation } from '../sim/api';
import type { KubectlError} from './parse';
import { type ParsedArgs } from './parse';

/** Injected I/O: the core has no file system. */
export interface KubectlIO {
  /** Returns a file's text, or undefined when it cannot be read (`apply -f` / `create -f`). */
  readFile?(path: string): string | undefined;
  /** Language of the simulator's own notes (kubectl's messages stay in English, as kubectl prints them). */
  language?: 'en' | 'ko';
  /** Called with the API server's structured result of every DaemonSet `apply -f` / `create -f` (for lesson checks). */
  onApply?(result: ApplyResult): void;
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
  /** Notes about the simulator's simplifications, printed once at the end of stderr. */
  readonly notes = new Set<string>();
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
  /**
   * The namespace a command works in. The virtual cluster has a single namespace; another one named with -n
   * (or in a manifest) maps onto it, with a note on stderr so the simplification is visible.
   */
  namespace(p: ParsedArgs): string {
    this.mapNamespace(p.flags.get('namespace'));
    return this.sim.namespace;
  }
  mapNamespace(requested: string | undefined): void {
    if (requested === undefined || requested === this.sim.namespace) return;
    this.notes.add(this.t(
      `(simulator) the virtual cluster has a single namespace, "${this.sim.namespace}"; namespace "${requested}" refers to it`,
      `(시뮬레이터) 가상 클러스터에는 "${this.sim.namespace}" 네임스페이스 하나만 있습니다. "${requested}" 네임스페이스는 이것을 가리킵니다`));
  }
  result(): KubectlResult {
    const stderr = this.err.join('') + [...this.notes].map((n) => n + '\n').join('');
    const r: KubectlResult = { stdout: this.out.join(''), stderr, exitCode: this.exitCode };
    if (this.waiting) r.waiting = true;
    return r;
  }
}

function isApiMessage(msg: string): boolean {
  return msg.startsWith('Error from server') || /^The [A-Za-z]+ "[^"]*" is invalid/.test(msg) || msg.startsWith('error:') || msg.startsWith('Unable to connect');
}
