/** DescribePodTemplate and describeContainers / describeVolumes as describe.go prints them. */
import type { Container, ContainerStatus, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1';
import { byteCompare } from '../labels';
import { writeAnnotations, writeLabels, writeTolerations, type PrefixWriter } from './writer';

export function describePodTemplate(t: PodTemplateSpec | undefined, w: PrefixWriter): void {
  w.write(0, 'Pod Template:\n');
  if (!t) { w.write(1, '<unset>'); return; }
  writeLabels(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length > 0) writeAnnotations(w, '  Annotations', t.metadata?.annotations);
  if (t.spec?.serviceAccountName) w.write(1, `Service Account:\t${t.spec.serviceAccountName}\n`);
  if (t.spec?.initContainers?.length) describeContainers('Init Containers', t.spec.initContainers, undefined, w, '  ');
  describeContainers('Containers', t.spec?.containers ?? [], undefined, w, '  ');
  describeVolumes(t.spec?.volumes, w, '  ');
  if (t.spec?.priorityClassName) w.write(1, `Priority Class Name:\t${t.spec.priorityClassName}\n`);
  writeLabels(w, '  Node-Selectors', t.spec?.nodeSelector);
  writeTolerations(w, '  Tolerations', t.spec?.tolerations);
}

export function describeContainers(label: string, containers: Container[], statuses: ContainerStatus[] | undefined, w: PrefixWriter, space: string): void {
  if (containers.length === 0) { w.write(0, `${space}${label}: <none>\n`); return; }
  w.write(0, `${space}${label}:\n`);
  for (const c of containers) {
    const st = statuses?.find((s) => s.name === c.name);
    w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
    if (st) w.write(2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(2, `Image ID:\t${st.imageID ?? ''}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(',');
    w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(',');
    w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
    if (c.command?.length) {
      w.write(2, 'Command:\n');
      for (const s of c.command) w.write(3, `${s}\n`);
    }
    if (c.args?.length) {
      w.write(2, 'Args:\n');
      for (const s of c.args) w.write(3, `${s}\n`);
    }
    if (st) {
      const s = st.state;
      if (s?.running) { w.write(2, 'State:\tRunning\n'); if (s.running.startedAt) w.write(3, `Started:\t${rfc1123(s.running.startedAt)}\n`); }
      else if (s?.waiting) { w.write(2, 'State:\tWaiting\n'); if (s.waiting.reason) w.write(3, `Reason:\t${s.waiting.reason}\n`); }
      else if (s?.terminated) { w.write(2, 'State:\tTerminated\n'); if (s.terminated.reason) w.write(3, `Reason:\t${s.terminated.reason}\n`); w.write(3, `Exit Code:\t${s.terminated.exitCode}\n`); }
      else w.write(2, 'State:\tWaiting\n');
      w.write(2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${st.restartCount ?? 0}\n`);
    }
    for (const [title, list] of [['Limits', c.resources?.limits], ['Requests', c.resources?.requests]] as const) {
      const keys = Object.keys(list ?? {}).sort(byteCompare);
      if (keys.length) w.write(2, `${title}:\n`);
      for (const k of keys) w.write(3, `${k}:\t${String((list as Record<string, string>)[k])}\n`);
    }
    if (c.livenessProbe) w.write(2, 'Liveness:\t(probe)\n');
    if (c.readinessProbe) w.write(2, 'Readiness:\t(probe)\n');
    w.write(2, `Environment:${c.env?.length ? '' : '\t<none>'}\n`);
    for (const e of c.env ?? []) {
      if (e.valueFrom) {
        const ref = e.valueFrom.fieldRef ? `${e.valueFrom.fieldRef.apiVersion ?? 'v1'}:${e.valueFrom.fieldRef.fieldPath}` : e.valueFrom.configMapKeyRef ? `<set to the key '${e.valueFrom.configMapKeyRef.key}' of config map '${e.valueFrom.configMapKeyRef.name}'>` : e.valueFrom.secretKeyRef ? `<set to the key '${e.valueFrom.secretKeyRef.key}' in secret '${e.valueFrom.secretKeyRef.name}'>` : '';
        w.write(3, e.valueFrom.fieldRef ? `${e.name}:\t (${ref})\n` : `${e.name}:\t${ref}\n`);
        continue;
      }
      (e.value ?? '').split('\n').forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    }
    w.write(2, `Mounts:${c.volumeMounts?.length ? '' : '\t<none>'}\n`);
    for (const m of [...(c.volumeMounts ?? [])].sort((a, b) => byteCompare(a.mountPath, b.mountPath))) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

export function describeVolumes(volumes: Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes?.length) { w.write(0, `${space}Volumes:\t<none>\n`); return; }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) {
      w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
    } else if (v.emptyDir) {
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    } else if (v.configMap) {
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${Boolean(v.configMap.optional)}\n`);
    } else if (v.secret) {
      w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${Boolean(v.secret.optional)}\n`);
    } else {
      w.write(1, '<unknown>\n');
    }
  }
}

/** time.RFC1123Z as describe prints timestamps: `Wed, 01 Jan 2025 00:00:00 +0000`. */
export function rfc1123(ts: string | undefined): string {
  if (!ts) return '<unknown>';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
