import * as assert from 'node:assert/strict';
import { describeDaemonSet, runKubectl } from '../../../src/core/kubectl/index';
import { createFakeSim, makeDaemonSet, makeNode, makePod } from './fakeSim';

function cluster() {
  const sim = createFakeSim();
  sim.t = 100;
  sim.dsList.push(makeDaemonSet('agent', { status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 } }));
  sim.nodeList.push(makeNode('n1'), makeNode('n2', { taints: [{ key: 'dedicated', value: 'logging', effect: 'NoSchedule' }, { key: 'a', effect: 'NoExecute' }] }));
  sim.podList.push(makePod('agent-abcde', { ds: 'agent', node: 'n1' }), makePod('agent-fghij', { ds: 'agent', node: 'n2' }), makePod('other', { node: 'n1' }));
  sim.eventList.push(
    { time: 0, type: 'Normal', reason: 'SuccessfulCreate', message: 'Created pod: agent-abcde', involvedObject: { kind: 'DaemonSet', name: 'agent' }, source: 'daemonset-controller' },
    { time: 10, type: 'Normal', reason: 'SuccessfulCreate', message: 'Created pod: agent-fghij', involvedObject: { kind: 'DaemonSet', name: 'agent' }, source: 'daemonset-controller' },
    { time: 20, type: 'Warning', reason: 'FailedDaemonPod', message: 'Found failed daemon pod default/agent-x on node n2, will try to kill it', involvedObject: { kind: 'DaemonSet', name: 'agent' }, source: 'daemonset-controller' },
    { time: 40, type: 'Warning', reason: 'FailedDaemonPod', message: 'Found failed daemon pod default/agent-x on node n2, will try to kill it', involvedObject: { kind: 'DaemonSet', name: 'agent' }, source: 'daemonset-controller' },
  );
  return sim;
}

suite('kubectl describe', () => {
  test('describe daemonset prints describeDaemonSet\'s layout (R92)', () => {
    const sim = cluster();
    const expected = [
      'Name:           agent',
      'Namespace:      default',
      'Selector:       app=agent',
      'Node-Selector:  <none>',
      'Labels:         <none>',
      'Annotations:    deprecated.daemonset.template.generation: 1',
      'Desired Number of Nodes Scheduled: 2',
      'Current Number of Nodes Scheduled: 2',
      'Number of Nodes Scheduled with Up-to-date Pods: 2',
      'Number of Nodes Scheduled with Available Pods: 2',
      'Number of Nodes Misscheduled: 0',
      'Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
      '  Labels:  app=agent',
      '  Containers:',
      '   agent:',
      '    Image:         agent:1.0',
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
      'Events:',
      '  Type     Reason            Age                From                  Message',
      '  ----     ------            ----               ----                  -------',
      '  Normal   SuccessfulCreate  100s               daemonset-controller  Created pod: agent-abcde',
      '  Normal   SuccessfulCreate  90s                daemonset-controller  Created pod: agent-fghij',
      '  Warning  FailedDaemonPod   60s (x2 over 80s)  daemonset-controller  Found failed daemon pod default/agent-x on node n2, will try to kill it',
      '',
    ].join('\n');
    assert.equal(describeDaemonSet(sim, 'agent'), expected);
    assert.deepEqual(runKubectl(sim, 'describe ds agent'), { stdout: expected, stderr: '', exitCode: 0 });
    assert.equal(runKubectl(sim, 'describe daemonset/agent').stdout, expected);
  });
  test('name prefixes match like kubectl; NotFound otherwise', () => {
    const sim = cluster();
    assert.match(runKubectl(sim, 'describe ds ag').stdout, /^Name: {11}agent\n/);
    assert.equal(runKubectl(sim, 'describe ds zzz').stderr, 'Error from server (NotFound): daemonsets.apps "zzz" not found\n');
  });
  test('env, ports, resources, volumes, node selector and tolerations in the pod template', () => {
    const sim = cluster();
    const ds = sim.dsList[0];
    ds.spec!.template.spec = {
      containers: [{
        name: 'fluentd', image: 'fluent/fluentd:v1', env: [{ name: 'testenv', value: 'value01' }],
        ports: [{ containerPort: 24224, hostPort: 24224, protocol: 'TCP' }],
        resources: { limits: { memory: '200Mi' }, requests: { cpu: '100m', memory: '200Mi' } },
        volumeMounts: [{ name: 'varlog', mountPath: '/var/log' }],
      }],
      volumes: [{ name: 'varlog', hostPath: { path: '/var/log', type: '' } }],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }, { key: 'a', operator: 'Equal', value: 'b', effect: 'NoExecute', tolerationSeconds: 30 }],
    };
    const out = describeDaemonSet(sim, 'agent');
    assert.ok(out.includes([
      '   fluentd:',
      '    Image:      fluent/fluentd:v1',
      '    Port:       24224/TCP',
      '    Host Port:  24224/TCP',
      '    Limits:',
      '      memory:  200Mi',
      '    Requests:',
      '      cpu:     100m',
      '      memory:  200Mi',
      '    Environment:',
      '      testenv:  value01',
      '    Mounts:',
      '      /var/log from varlog (rw)',
      '  Volumes:',
      '   varlog:',
      '    Type:          HostPath (bare host directory volume)',
      '    Path:          /var/log',
      '    HostPathType:  ',
      '  Node-Selectors:  kubernetes.io/os=linux',
      '  Tolerations:     a=b:NoExecute for 30s',
      '                   node-role.kubernetes.io/control-plane:NoSchedule op=Exists',
      'Events:',
    ].join('\n')), out);
  });
  test('describe node: roles, taints sorted by effect, conditions, non-terminated pods and allocated resources', () => {
    const sim = cluster();
    const out = runKubectl(sim, 'describe node n2').stdout;
    assert.match(out, /^Name: {15}n2\nRoles: {14}<none>\nLabels: {13}kubernetes.io\/hostname=n2\n/);
    assert.ok(out.includes('Taints:             a:NoExecute\n                    dedicated=logging:NoSchedule\nUnschedulable:      false\n'), out);
    assert.ok(out.includes('  Ready   True    Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletReady   kubelet is posting ready status\n'), out);
        assert.ok(out.includes('  Kubelet Version:            v1.34.0\nNon-terminated Pods:          (1 in total)\n'
      + '  Namespace                   Name           CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age\n'
      + '  ---------                   ----           ------------  ----------  ---------------  -------------  ---\n'
      + '  default                     agent-fghij    0 (0%)        0 (0%)      0 (0%)           0 (0%)         100s\n'), out);
    assert.ok(out.endsWith('  cpu       0 (0%)    0 (0%)\n  memory    0 (0%)    0 (0%)\nEvents:     <none>\n'), out);
  });
  test('describe pod: node, status, controlled by, conditions, QoS, tolerations', () => {
    const sim = cluster();
    const out = runKubectl(sim, 'describe pod agent-abcde').stdout;
    for (const line of ['Name:             agent-abcde', 'Node:             n1/', 'Status:           Running', 'Controlled By:    DaemonSet/agent', 'Conditions:\n  Type           Status\n  Ready          True \nVolumes:         <none>\nQoS Class:       BestEffort\n', 'Events:          <none>\n']) {
      assert.ok(out.includes(line), `${line}\n---\n${out}`);
    }
    sim.podList[0].status!.podIP = '10.244.1.7';
    assert.ok(runKubectl(sim, 'describe pod agent-abcde').stdout.includes('IP:               10.244.1.7\nIPs:\n  IP:           10.244.1.7\n'));
    sim.nodeList[0].status!.addresses = [{ type: 'InternalIP', address: '10.0.0.5' }, { type: 'Hostname', address: 'n1' }];
    assert.match(runKubectl(sim, 'describe node n1').stdout, /\nAddresses:\n {2}InternalIP: {2}10\.0\.0\.5\n {2}Hostname: {4}n1\nCapacity:\n/);
    assert.equal(runKubectl(sim, 'describe pod nope').stderr, 'Error from server (NotFound): pods "nope" not found\n');
  });
});
