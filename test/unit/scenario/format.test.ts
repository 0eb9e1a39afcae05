import * as assert from 'node:assert/strict';
import { loadScenarioFile, ScenarioFormatError } from '../../../src/core/scenario/format';
import { runScenario } from '../../../src/core/scenario/runner';
import { createSimulation } from '../../../src/core/sim/simulation';

const file = (steps: string) => `format: daemonset-conformance/v1
scenarios:
- id: T-1
  nodes: [{name: n1}, {name: n2}]
  steps:
${steps}`;
const apply = `  - apply:
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec: {containers: [{name: agent, image: 'agent:1.0'}]}
    templateId: A
`;

suite('scenario: loader and runner', () => {
  test('unknown keys are errors naming the file, scenario and step', () => {
    assert.throws(() => loadScenarioFile(file(`${apply}    expect: {podz: {}}\n`), 'f.yaml'), (e: Error) =>
      e instanceof ScenarioFormatError && e.message === 'f.yaml: scenario T-1: step 1.expect: unknown key "podz"');
    assert.throws(() => loadScenarioFile(file('  - {advance: 1, cordon: n1}\n'), 'f.yaml'), /exactly one action/);
    assert.throws(() => loadScenarioFile('format: other\nscenarios: []\n', 'g.yaml'), /g\.yaml: format must be/);
    assert.throws(() => loadScenarioFile(file('  - setNodeReady: {node: n1, status: Maybe}\n'), 'f.yaml'), /step 1\.setNodeReady\.status: must be/);
    assert.throws(() => loadScenarioFile(file('  - taintNode: {nod: n1}\n'), 'f.yaml'), /step 1\.taintNode: unknown key "nod"/);
  });
  test('a passing and a failing expectation are reported with step, key, expected and observed', () => {
    const f = loadScenarioFile(file(`${apply}    expect:
      pods: {agent: {n1: ['A:Ready'], n2: ['A:Ready']}}
      status: {agent: {desired: 2, ready: 1}}
`), 'f.yaml');
    const r = runScenario(f.scenarios[0], f.file, f.defaults, createSimulation);
    assert.equal(r.passed, false);
    assert.deepEqual(r.failures, [{ step: 1, key: 'status.agent.ready', expected: 1, observed: 2 }]);
  });
  test('template tokens are multisets and exhaustive per DaemonSet', () => {
    const f = loadScenarioFile(file(`${apply}    expect:
      pods: {agent: {n1: ['A:Ready']}}
`), 'f.yaml');
    const r = runScenario(f.scenarios[0], f.file, f.defaults, createSimulation);
    assert.deepEqual(r.failures.map((x) => x.key), ['pods.agent.n2']);
  });
});
