/** The READY / STATUS / RESTARTS cells of `kubectl get pods` (printPod in printers.go). */
import type { Pod } from '../../model/types';

export interface PodCells {
  ready: string;
  status: string;
  restarts: number;
  /** finishedAt of the most recent container termination, for `N (AGE ago)`. */
  lastRestart?: string;
}

export function podCells(pod: Pod): PodCells {
  const total = pod.spec?.containers?.length ?? 0;
  const phase = pod.status?.phase ?? 'Pending';
  let reason: string = pod.status?.reason || phase;
  let ready = 0;
  let restarts = 0;
  let lastRestart: string | undefined;
  const statuses = pod.status?.containerStatuses ?? [];
  const podReady = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  if (pod.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';
  if (statuses.length > 0) {
    let hasRunning = false;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      const fin = c.lastState?.terminated?.finishedAt;
      if (fin && (!lastRestart || fin > lastRestart)) lastRestart = fin;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
      else if (c.state?.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
      else if (c.ready && c.state?.running) { hasRunning = true; ready++; }
    }
    if (reason === 'Completed' && hasRunning) reason = podReady ? 'Running' : 'NotReady';
  } else {
    // The simulator may not fill containerStatuses: derive what the kubelet would have reported.
    if (phase === 'Running' && podReady) ready = total;
    if (phase === 'Succeeded' && !pod.status?.reason) reason = 'Completed';
    if (phase === 'Failed' && !pod.status?.reason) reason = 'Error';
    if (phase === 'Pending' && pod.spec?.nodeName && !pod.status?.reason) reason = 'ContainerCreating';
  }
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  if (pod.metadata?.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && !terminal) reason = 'Terminating';
  return { ready: `${ready}/${total}`, status: reason, restarts, ...(lastRestart ? { lastRestart } : {}) };
}
