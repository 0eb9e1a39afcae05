/** apps/v1 and core/v1 defaulting for DaemonSets (R1, R2), applied before validation and hashing. */
import type { Container, DaemonSet } from '../model/types';

function defaultContainer(c: Container): void {
  c.terminationMessagePath = c.terminationMessagePath ?? '/dev/termination-log';
  c.terminationMessagePolicy = c.terminationMessagePolicy ?? 'File';
  if (c.imagePullPolicy === undefined && typeof c.image === 'string') {
    const afterSlash = c.image.slice(c.image.lastIndexOf('/') + 1);
    const tag = afterSlash.includes('@') ? 'digest' : afterSlash.includes(':') ? afterSlash.slice(afterSlash.indexOf(':') + 1) : '';
    c.imagePullPolicy = tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  for (const p of c.ports ?? []) p.protocol = p.protocol ?? 'TCP';
}

/** SetDefaults_DaemonSet + the pod template's core defaults. Mutates and returns the object. */
export function setDefaultsDaemonSet(ds: DaemonSet): DaemonSet {
  const spec = (ds.spec = ds.spec ?? ({} as NonNullable<DaemonSet['spec']>));
  const us = (spec.updateStrategy = spec.updateStrategy ?? {});
  if (!us.type) us.type = 'RollingUpdate';
  if (us.type === 'RollingUpdate') {
    const ru = (us.rollingUpdate = us.rollingUpdate ?? {});
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = 1;
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = 0;
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
  const tpl = (spec.template = spec.template ?? {});
  const ps = tpl.spec;
  if (ps && typeof ps === 'object') {
    ps.restartPolicy = ps.restartPolicy ?? 'Always';
    ps.dnsPolicy = ps.dnsPolicy ?? 'ClusterFirst';
    ps.terminationGracePeriodSeconds = ps.terminationGracePeriodSeconds ?? 30;
    ps.schedulerName = ps.schedulerName ?? 'default-scheduler';
    ps.securityContext = ps.securityContext ?? {};
    for (const c of Array.isArray(ps.containers) ? ps.containers : []) if (c && typeof c === 'object') defaultContainer(c);
    for (const c of Array.isArray(ps.initContainers) ? ps.initContainers : []) if (c && typeof c === 'object') defaultContainer(c);
  }
  return ds;
}
