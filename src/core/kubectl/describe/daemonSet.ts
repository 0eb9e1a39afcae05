/** describeDaemonSet (describe.go). */
import type { Simulation } from '../../sim/api';
import type { DaemonSet } from '../../model/types';
import { formatLabels, formatLabelSelector } from '../labels';
import { controllerOf } from '../resources';
import { describePodTemplate } from './podTemplate';
import { PrefixWriter, writeAnnotations, writeEvents, writeLabels } from './writer';

/** Pods of the DaemonSet (controllerRef) counted by phase, as getPodStatusForController does. */
export function podStatusCounts(sim: Simulation, ds: DaemonSet): { running: number; waiting: number; succeeded: number; failed: number } {
  const c = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const p of sim.pods()) {
    const ref = controllerOf(p);
    if (!ref || ref.kind !== 'DaemonSet') continue;
    if (ds.metadata?.uid && ref.uid ? ref.uid !== ds.metadata.uid : ref.name !== ds.metadata?.name) continue;
    switch (p.status?.phase) {
      case 'Running': c.running++; break;
      case 'Pending': c.waiting++; break;
      case 'Succeeded': c.succeeded++; break;
      case 'Failed': c.failed++; break;
    }
  }
  return c;
}

export function describeDaemonSetText(sim: Simulation, ds: DaemonSet): string {
  const w = new PrefixWriter();
  const st = ds.status;
  w.write(0, `Name:\t${ds.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${ds.metadata?.namespace ?? sim.namespace}\n`);
  const sel = formatLabelSelector(ds.spec?.selector);
  w.write(0, `Selector:\t${sel === '<none>' ? '' : sel}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
  writeLabels(w, 'Labels', ds.metadata?.labels);
  writeAnnotations(w, 'Annotations', ds.metadata?.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
  const c = podStatusCounts(sim, ds);
  w.write(0, `Pods Status:\t${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed\n`);
  describePodTemplate(ds.spec?.template, w);
  writeEvents(w, sim, 'DaemonSet', ds.metadata?.name ?? '');
  return w.toString();
}
