/** The virtual cluster every workspace starts with: a kubeadm-like control plane and three workers. */
import type { NodeInput } from '../sim/api';

function baseLabels(name: string, zone: string): Record<string, string> {
  return {
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'beta.kubernetes.io/arch': 'amd64',
    'topology.kubernetes.io/zone': zone,
    'topology.kubernetes.io/region': 'ap-northeast-2',
  };
}

/** kubeadm's control-plane node (label + NoSchedule taint, R21: not auto-tolerated) and workers worker-1..3. */
export function defaultClusterNodes(): NodeInput[] {
  const controlPlane: NodeInput = {
    name: 'control-plane',
    labels: {
      ...baseLabels('control-plane', 'ap-northeast-2a'),
      'node-role.kubernetes.io/control-plane': '',
      'node.kubernetes.io/exclude-from-external-load-balancers': '',
    },
    taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
    ready: 'True',
    allocatable: { cpu: '2', memory: '3912Mi', pods: 110 },
  };
  const zones = ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c'];
  const workers = zones.map((zone, i): NodeInput => ({
    name: `worker-${i + 1}`,
    labels: baseLabels(`worker-${i + 1}`, zone),
    ready: 'True',
    allocatable: { cpu: '4', memory: '15896Mi', pods: 110 },
  }));
  return [controlPlane, ...workers];
}

/** A worker for the panel's "add node": hostname/os/arch labels and the default worker size. */
export function newWorkerNode(name: string, zone = 'ap-northeast-2a'): NodeInput {
  return { name, labels: baseLabels(name, zone), ready: 'True', allocatable: { cpu: '4', memory: '15896Mi', pods: 110 } };
}
