import * as vscode from 'vscode';
import type { NodeInput, Simulation } from '../core/sim/api';
import { createSimulation } from '../core/sim/simulation';
import type { ProblemView } from '../protocol/messages';
import { speeds } from '../protocol/messages';
import { Disposable } from './disposable';

/** Creates the workspace's simulation with its nodes already added and settled. */
export type SimulationFactory = (nodes: NodeInput[]) => Simulation;

const tickMs = 250;

/**
 * Owns the workspace's one Simulation. The only place that turns real timers into `sim.advance()`;
 * everything else (panel, kubectl terminal, live preview) calls the Simulation's own operations through it.
 */
export class SimulationHost extends Disposable {
  private current: Simulation;
  private unsubscribe: () => void;
  private timer: ReturnType<typeof setInterval> | undefined;
  private _speed = 1;
  private readonly problemsBySource = new Map<string, string[]>();
  /** DaemonSet name → the editor file (workspace-relative) it was previewed from. */
  readonly sources = new Map<string, string>();

  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** The cluster or the host's own state (playing, speed, problems) changed. Listeners re-read. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly resetEmitter = this._register(new vscode.EventEmitter<void>());
  /** A new Simulation replaced the old one (reset or import): previews re-apply their DaemonSets. */
  readonly onDidReset = this.resetEmitter.event;

  constructor(private readonly factory: SimulationFactory, nodes: NodeInput[]) {
    super();
    this.current = factory(nodes);
    this.unsubscribe = this.current.onDidChange(() => this.changeEmitter.fire());
    this._register({ dispose: () => { this.pause(); this.unsubscribe(); } });
  }

  get sim(): Simulation {
    return this.current;
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  get speed(): number {
    return this._speed;
  }

  /** Replaces the cluster with new nodes (an empty history, DaemonSets re-applied by their previews). */
  reset(nodes: NodeInput[]): void {
    this.unsubscribe();
    this.current = this.factory(nodes);
    this.unsubscribe = this.current.onDidChange(() => this.changeEmitter.fire());
    this.sources.clear();
    this.resetEmitter.fire();
    this.changeEmitter.fire();
  }

  play(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.current.advance((tickMs / 1000) * this._speed), tickMs);
    this.changeEmitter.fire();
  }

  pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.changeEmitter.fire();
  }

  /** Moves virtual time to the next timed work (grace period, minReadySeconds…), or by one second if none is due. */
  step(): void {
    const next = this.current.nextTimerAt();
    const now = this.current.now();
    this.current.advance(next !== undefined && next > now ? next - now : 1);
    this.changeEmitter.fire();
  }

  setSpeed(speed: number): void {
    if (!speeds.includes(speed)) return;
    this._speed = speed;
    this.changeEmitter.fire();
  }

  /** Records (or clears, with an empty list) the problems of one manifest source. */
  setProblems(source: string, messages: string[]): void {
    const before = this.problemsBySource.get(source)?.join('\n') ?? '';
    if (messages.length) this.problemsBySource.set(source, messages);
    else this.problemsBySource.delete(source);
    if (before !== messages.join('\n')) this.changeEmitter.fire();
  }

  problems(): ProblemView[] {
    return [...this.problemsBySource].map(([source, messages]) => ({ source, messages }));
  }
}

/** The workspace cluster: graceful deletion (so rollouts take simulated time) and pods Ready at once on Ready nodes. */
export function createWorkspaceSimulation(nodes: NodeInput[]): Simulation {
  const sim = createSimulation({ seed: 1, readiness: 'auto', deletion: 'graceful' });
  for (const node of nodes) sim.addNode(node);
  sim.settle();
  return sim;
}
