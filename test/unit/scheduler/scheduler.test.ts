import * as assert from 'node:assert/strict';
import { createSimulation } from '../../../src/core/sim/simulation';

const daemonSet = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { ...extra, containers: [{ name: 'agent', image: 'a:1', ...container }] } } },
});

function pendingMessage(sim: ReturnType<typeof createSimulation>, node: string): string | undefined {
  const pod = sim.daemonPods('agent', [node])[0];
  if (!pod || pod.spec?.nodeName) return undefined;
  return pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.message;
}

suite('scheduler: filters for daemon pods (R26, R27)', () => {
  test('NodeResourcesFit counts other non-terminal pods and the pod count; message is the sorted histogram', () => {
    const sim = createSimulation({ seed: 1 });
    sim.addNode({ name: 'a', allocatable: { cpu: '1' }, pods: [{ name: 'web', requests: { cpu: '800m' } }] });
    sim.addNode({ name: 'b', allocatable: { pods: 1 }, pods: [{ name: 'db' }] });
    sim.addNode({ name: 'c' });
    sim.apply(daemonSet({ resources: { requests: { cpu: '250m' } } }));
    sim.settle();
    assert.equal(pendingMessage(sim, 'a'), "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
    assert.match(pendingMessage(sim, 'b') ?? '', /1 Too many pods/);
    assert.equal(pendingMessage(sim, 'c'), undefined);
    sim.setPodPhase('web', 'Succeeded');
    sim.settle();
    assert.equal(pendingMessage(sim, 'a'), undefined, 'a terminal pod frees its requests');
  });
  test('NodePorts: a used hostPort blocks; hostNetwork defaults hostPort to containerPort', () => {
    const sim = createSimulation({ seed: 1 });
    sim.addNode({ name: 'a', pods: [{ name: 'web', hostPorts: [{ port: 9100 }] }] });
    sim.apply(daemonSet({ ports: [{ containerPort: 9100 }] }, { hostNetwork: true }));
    sim.settle();
    assert.match(pendingMessage(sim, 'a') ?? '', /didn't have free ports for the requested pod ports/);
    assert.equal(sim.events().filter((e) => e.reason === 'FailedScheduling').length, 1, 'one event per distinct failure');
    sim.deletePod('web');
    sim.settle();
    assert.equal(pendingMessage(sim, 'a'), undefined);
    assert.equal(sim.daemonPods('agent', 'all')[0].spec?.containers[0].ports?.[0].hostPort, 9100);
  });
  test('cordoned nodes accept daemon pods (automatic unschedulable toleration)', () => {
    const sim = createSimulation({ seed: 1 });
    sim.addNode({ name: 'a' });
    sim.cordon('a');
    sim.apply(daemonSet({}));
    sim.settle();
    assert.equal(sim.daemonPods('agent', ['a'])[0].spec?.nodeName, 'a');
  });
});
