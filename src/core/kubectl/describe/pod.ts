/** describePod (describe.go). */
import type { Simulation } from '../../sim/api';
import type { Pod } from '../../model/types';
import { parseQuantity } from '../quantity';
import { ageOf, controllerOf } from '../resources';
import { describeContainers, describeVolumes, rfc1123 } from './podTemplate';
import { PrefixWriter, writeAnnotations, writeEvents, writeLabels, writeTolerations } from './writer';

/** qos.GetPodQOS, simplified to cpu and memory. */
export function qosClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const cs = pod.spec?.containers ?? [];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => {
    const lim = parseQuantity(c.resources?.limits?.[r]);
    const req = parseQuantity(c.resources?.requests?.[r]) ?? lim;
    return lim !== undefined && req === lim;
  }));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePodText(sim: Simulation, pod: Pod): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${pod.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${pod.metadata?.namespace ?? sim.namespace}\n`);
  if (pod.spec?.priority != null) w.write(0, `Priority:\t${pod.spec.priority}\n`);
  if (pod.spec?.priorityClassName) w.write(0, `Priority Class Name:\t${pod.spec.priorityClassName}\n`);
  w.write(0, `Service Account:\t${pod.spec?.serviceAccountName ?? ''}\n`);
  w.write(0, pod.spec?.nodeName ? `Node:\t${pod.spec.nodeName}/${pod.status?.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (pod.status?.startTime) w.write(0, `Start Time:\t${rfc1123(pod.status.startTime)}\n`);
  writeLabels(w, 'Labels', pod.metadata?.labels);
  writeAnnotations(w, 'Annotations', pod.metadata?.annotations);
  const phase = pod.status?.phase ?? 'Pending';
  if (pod.metadata?.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${ageOf(sim, pod.metadata.deletionTimestamp)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30}s\n`);
  } else {
    w.write(0, `Status:\t${phase}\n`);
  }
  if (pod.status?.reason) w.write(0, `Reason:\t${pod.status.reason}\n`);
  if (pod.status?.message) w.write(0, `Message:\t${pod.status.message}\n`);
  w.write(0, `IP:\t${pod.status?.podIP ?? ''}\n`);
  const ips = pod.status?.podIPs?.length ? pod.status.podIPs : pod.status?.podIP ? [{ ip: pod.status.podIP }] : [];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else { w.write(0, 'IPs:\n'); for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`); }
  const ref = controllerOf(pod);
  if (ref) w.write(0, `Controlled By:\t${ref.kind}/${ref.name}\n`);
  if (pod.status?.nominatedNodeName) w.write(0, `NominatedNodeName:\t${pod.status.nominatedNodeName}\n`);
  if (pod.spec?.initContainers?.length) describeContainers('Init Containers', pod.spec.initContainers, pod.status?.initContainerStatuses, w, '');
  describeContainers('Containers', pod.spec?.containers ?? [], pod.status?.containerStatuses, w, '');
  const conds = pod.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(pod.spec?.volumes, w, '');
  w.write(0, `QoS Class:\t${qosClass(pod)}\n`);
  writeLabels(w, 'Node-Selectors', pod.spec?.nodeSelector);
  writeTolerations(w, 'Tolerations', pod.spec?.tolerations);
  writeEvents(w, sim, 'Pod', pod.metadata?.name ?? '');
  return w.toString();
}
