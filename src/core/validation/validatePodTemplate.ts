/**
 * ValidatePodTemplateSpec and the parts of ValidatePodSpec a DaemonSet template meets (R6, R14)
 * (kubernetes/kubernetes pkg/apis/core/validation/validation.go). Fields with a core/v1 default
 * (restartPolicy, dnsPolicy, protocol, imagePullPolicy) count as defaulted when absent or empty.
 */
import type { FieldError } from './fieldError';
import { inclusiveRangeError, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, notSupported, validateLabels } from './apimachinery';
import { child, index, isObj, type Obj, type Reader } from './reader';
import { validateContainerList } from './validateContainers';
import { validateAffinity, validateTolerations } from './validateScheduling';

/** ValidateAnnotations: keys are qualified names (checked lower-cased); every error at the map's path. */
export function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const detail of isQualifiedName(k.toLowerCase())) errs.push({ field: path, type: 'Invalid', badValue: k, detail });
    size += k.length + v.length;
  }
  if (size > 256 * 1024) errs.push({ field: path, type: 'TooLong', detail: 'may not be more than 262144 bytes' });
  return errs;
}

/** ValidatePodTemplateSpec at `templatePath` (labels are reported at `<templatePath>.labels`, R6). */
export function validatePodTemplateSpec(r: Reader, template: Obj | undefined, templatePath: string): FieldError[] {
  const metaPath = child(templatePath, 'metadata');
  const meta = r.obj(template, 'metadata', templatePath);
  const errs = validateLabels(r.strMap(meta, 'labels', metaPath), child(templatePath, 'labels'));
  errs.push(...validateAnnotations(r.strMap(meta, 'annotations', metaPath), child(templatePath, 'annotations')));
  const specPath = child(templatePath, 'spec');
  const spec = r.obj(template, 'spec', templatePath) ?? {};
  errs.push(...validatePodSpec(r, spec, specPath));
  if ((r.list(spec, 'ephemeralContainers', specPath) ?? []).length > 0) {
    errs.push({ field: child(specPath, 'ephemeralContainers'), type: 'Forbidden', detail: 'ephemeral containers not allowed in pod template' });
  }
  return errs;
}

function validateVolumes(r: Reader, spec: Obj, specPath: string): { errs: FieldError[]; names: Set<string> } {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  for (const [i, vol] of r.objList(spec, 'volumes', specPath)) {
    const p = child(index(child(specPath, 'volumes'), i), 'name');
    const name = r.str(vol, 'name', index(child(specPath, 'volumes'), i)) ?? '';
    if (name.length === 0) errs.push({ field: p, type: 'Required', detail: '' });
    else for (const detail of isDNS1123Label(name)) errs.push({ field: p, type: 'Invalid', badValue: name, detail });
    if (names.has(name)) errs.push({ field: p, type: 'Duplicate', badValue: name, detail: '' });
    names.add(name);
  }
  return { errs, names };
}

function validateName(value: string | undefined, path: string, fn: (v: string) => string[]): FieldError[] {
  if (!value) return [];
  return fn(value).map((detail) => ({ field: path, type: 'Invalid', badValue: value, detail }));
}

/** ValidatePodSpec (the subset a DaemonSet template meets), in upstream order. */
export function validatePodSpec(r: Reader, spec: Obj, specPath: string): FieldError[] {
  const volumes = validateVolumes(r, spec, specPath);
  const errs = [...volumes.errs];
  errs.push(...validateContainerList(r, spec, specPath, 'containers', volumes.names, true));
  errs.push(...validateContainerList(r, spec, specPath, 'initContainers', volumes.names, false));
  if (r.bool(spec, 'hostNetwork', specPath) === true) errs.push(...validateHostNetwork(spec, specPath));
  const restartPolicy = r.str(spec, 'restartPolicy', specPath) ?? '';
  if (restartPolicy !== '' && !['Always', 'OnFailure', 'Never'].includes(restartPolicy)) {
    errs.push(notSupported(child(specPath, 'restartPolicy'), restartPolicy, ['Always', 'OnFailure', 'Never']));
  }
  const dnsPolicy = r.str(spec, 'dnsPolicy', specPath) ?? '';
  if (dnsPolicy !== '' && !['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dnsPolicy)) {
    errs.push(notSupported(child(specPath, 'dnsPolicy'), dnsPolicy, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']));
  }
  errs.push(...validateLabels(r.strMap(spec, 'nodeSelector', specPath), child(specPath, 'nodeSelector')));
  errs.push(...validateAffinity(r, spec, specPath));
  errs.push(...validateName(r.str(spec, 'serviceAccountName', specPath), child(specPath, 'serviceAccountName'), isDNS1123Subdomain));
  errs.push(...validateName(r.str(spec, 'nodeName', specPath), child(specPath, 'nodeName'), isDNS1123Subdomain));
  const ads = r.int(spec, 'activeDeadlineSeconds', specPath, 64);
  if (ads !== undefined && (ads < 1 || ads > 2 ** 31 - 1)) {
    errs.push({ field: child(specPath, 'activeDeadlineSeconds'), type: 'Invalid', badValue: ads, detail: inclusiveRangeError(1, 2 ** 31 - 1) });
  }
  errs.push(...validateName(r.str(spec, 'hostname', specPath), child(specPath, 'hostname'), isDNS1123Label));
  errs.push(...validateName(r.str(spec, 'subdomain', specPath), child(specPath, 'subdomain'), isDNS1123Label));
  errs.push(...validateTolerations(r, spec, specPath));
  errs.push(...validateName(r.str(spec, 'priorityClassName', specPath), child(specPath, 'priorityClassName'), isDNS1123Subdomain));
  r.int(spec, 'terminationGracePeriodSeconds', specPath, 64);
  return errs;
}

/** validatePodHostNetworkDeps for a template: hostPort 0 is allowed (defaulted on the pod), any other must equal containerPort. */
function validateHostNetwork(spec: Obj, specPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  containers.forEach((c, i) => {
    const ports = isObj(c) && Array.isArray(c.ports) ? c.ports : [];
    ports.forEach((port, j) => {
      if (!isObj(port)) return;
      const hp = typeof port.hostPort === 'number' ? port.hostPort : 0;
      const cp = typeof port.containerPort === 'number' ? port.containerPort : 0;
      if (hp !== 0 && hp !== cp) {
        errs.push({ field: child(index(child(index(child(specPath, 'containers'), i), 'ports'), j), 'hostPort'), type: 'Invalid', badValue: hp, detail: 'must match `containerPort` when `hostNetwork` is true' });
      }
    });
  });
  return errs;
}
