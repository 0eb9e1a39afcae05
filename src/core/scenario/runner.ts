/** Runs scenarios: a fresh cluster per scenario, each step's action, settle, snapshot, then its `expect`. */
import type { Simulation, SimulationOptions } from '../sim/api';
import type { ExpectContext, Failure } from './context';
import { takeSnapshot } from './context';
import { checkExpect } from './expect';
import { runAction, toNodeInput } from './actions';
import type { Scenario, ScenarioDefaults } from './format';

export interface StepFailure extends Failure {
  /** 1-based step index; 0 for the scenario's starting cluster. */
  step: number;
}

export interface ScenarioResult {
  id: string;
  file: string;
  passed: boolean;
  failures: StepFailure[];
}

export function runScenario(sc: Scenario, file: string, defaults: ScenarioDefaults, create: (o: SimulationOptions) => Simulation): ScenarioResult {
  const failures: StepFailure[] = [];
  const sim = create({
    seed: defaults.seed ?? 1, namespace: defaults.namespace ?? 'default', startTime: defaults.startTime ?? 0,
    readiness: sc.readiness ?? defaults.readiness ?? 'auto', deletion: sc.deletion ?? defaults.deletion ?? 'instant',
  });
  const ctx: ExpectContext = { sim, templates: new Map(), snapshots: new Map() };
  try {
    for (const n of sc.nodes ?? []) sim.addNode(toNodeInput(n, defaults));
    sim.settle();
  } catch (e) {
    failures.push({ step: 0, key: 'nodes', expected: 'cluster starts', observed: e instanceof Error ? e.message : String(e) });
    return { id: sc.id, file, passed: false, failures };
  }
  sc.steps.forEach((step, i) => {
    try {
      runAction(ctx, step, defaults);
      sim.settle();
    } catch (e) {
      failures.push({ step: i + 1, key: 'action', expected: 'action succeeds', observed: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (typeof step.snapshot === 'string') ctx.snapshots.set(step.snapshot, takeSnapshot(sim));
    if (step.expect) for (const f of checkExpect(ctx, step.expect)) failures.push({ step: i + 1, ...f });
  });
  return { id: sc.id, file, passed: failures.length === 0, failures };
}
