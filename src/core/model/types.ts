/**
 * Kubernetes object shapes used across the core. They come from `kubernetes-types` (the official
 * OpenAPI, v1.30) so field names and docs match the API; the core stores plain JSON objects of these shapes.
 */
export type { DaemonSet, DaemonSetSpec, DaemonSetStatus, DaemonSetUpdateStrategy, ControllerRevision } from 'kubernetes-types/apps/v1';
export type {
  Node, NodeSpec, NodeStatus, NodeCondition, Taint, Toleration, Pod, PodSpec, PodStatus, PodCondition, PodTemplateSpec,
  Container, ContainerPort, NodeSelector, NodeSelectorTerm, NodeSelectorRequirement, Affinity, Event,
} from 'kubernetes-types/core/v1';
export type { ObjectMeta, LabelSelector, LabelSelectorRequirement, OwnerReference } from 'kubernetes-types/meta/v1';

/** Virtual time in seconds since the simulation started (t = 0). */
export type VirtualSeconds = number;

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
export type ConditionStatus = 'True' | 'False' | 'Unknown';
