/** describeNode (describe.go), without the parts the virtual cluster has no data for (System Info, PodCIDR, Lease). */
import type { Simulation } from '../../sim/api';
import type { Node, Pod } from '../../model/types';
import { byteCompare } from '../labels';
import { DEFAULT_KUBELET_VERSION, nodeRoles } from '../printers/table';
import { formatCpu, formatMemory, parseQuantity, percent } from '../quantity';
import { ageOf } from '../resources';
import { rfc1123 } from './podTemplate';
import { PrefixWriter, writeAnnotations, writeEvents, writeLabels } from './writer';

function podTotals(pod: Pod): { cpuReq: number; cpuLim: number; memReq: number; memLim: number } {
  const t = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const c of pod.spec?.containers ?? []) {
    t.cpuReq += parseQuantity(c.resources?.requests?.cpu) ?? 0;
    t.memReq += parseQuantity(c.resources?.requests?.memory) ?? 0;
    t.cpuLim += parseQuantity(c.resources?.limits?.cpu) ?? 0;
    t.memLim += parseQuantity(c.resources?.limits?.memory) ?? 0;
  }
  return t;
}

export function describeNodeText(sim: Simulation, node: Node): string {
  const w = new PrefixWriter();
  const name = node.metadata?.name ?? '';
  w.write(0, `Name:\t${name}\n`);
  w.write(0, `Roles:\t${nodeRoles(node)}\n`);
  writeLabels(w, 'Labels', node.metadata?.labels);
  writeAnnotations(w, 'Annotations', node.metadata?.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123(node.metadata?.creationTimestamp)}\n`);
  w.write(0, 'Taints:\t');
  // printNodeTaintsMultiline: sorted by effect, then key
  const taints = [...(node.spec?.taints ?? [])].sort((a, b) => byteCompare(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  if (taints.length === 0) w.write(0, '<none>\n');
  taints.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
  w.write(0, `Unschedulable:\t${Boolean(node.spec?.unschedulable)}\n`);
  const conds = node.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123(c.lastHeartbeatTime)} \t${rfc1123(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  const addresses = node.status?.addresses ?? [];
  if (addresses.length) {
    w.write(0, 'Addresses:\n');
    for (const a of addresses) w.write(1, `${a.type}:\t${a.address}\n`);
  }
  const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
  for (const [title, list] of [['Capacity', node.status?.capacity], ['Allocatable', node.status?.allocatable]] as const) {
    if (!list || Object.keys(list).length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const k of Object.keys(list).sort(byteCompare)) w.write(1, `${k}:\t${String(list[k])}\n`);
  }
  const info = node.status?.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(1, `Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(1, `System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(1, `Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(1, `Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(1, `OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(1, `Operating System:\t${info?.operatingSystem || 'linux'}\n`);
  w.write(1, `Architecture:\t${info?.architecture || 'amd64'}\n`);
  w.write(1, `Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(1, `Kubelet Version:\t${info?.kubeletVersion || DEFAULT_KUBELET_VERSION}\n`);
  const pods = sim.pods().filter((p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .sort((a, b) => byteCompare(`${a.metadata?.namespace}/${a.metadata?.name}`, `${b.metadata?.namespace}/${b.metadata?.name}`));
  const allocCpu = parseQuantity(alloc.cpu);
  const allocMem = parseQuantity(alloc.memory);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const sum = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const p of pods) {
    const t = podTotals(p);
    sum.cpuReq += t.cpuReq; sum.cpuLim += t.cpuLim; sum.memReq += t.memReq; sum.memLim += t.memLim;
    w.write(1, `${p.metadata?.namespace ?? sim.namespace}\t${p.metadata?.name}\t\t${formatCpu(t.cpuReq)} (${percent(t.cpuReq, allocCpu)}%)\t${formatCpu(t.cpuLim)} (${percent(t.cpuLim, allocCpu)}%)\t${formatMemory(t.memReq)} (${percent(t.memReq, allocMem)}%)\t${formatMemory(t.memLim)} (${percent(t.memLim, allocMem)}%)\t${ageOf(sim, p.metadata?.creationTimestamp)}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(1, `cpu\t${formatCpu(sum.cpuReq)} (${percent(sum.cpuReq, allocCpu)}%)\t${formatCpu(sum.cpuLim)} (${percent(sum.cpuLim, allocCpu)}%)\n`);
  w.write(1, `memory\t${formatMemory(sum.memReq)} (${percent(sum.memReq, allocMem)}%)\t${formatMemory(sum.memLim)} (${percent(sum.memLim, allocMem)}%)\n`);
  writeEvents(w, sim, 'Node', name);
  return w.toString();
}
