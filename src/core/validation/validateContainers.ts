/**
 * Container checks of ValidatePodSpec (R14): validateContainers / validateContainerCommon, validateContainerPorts,
 * AccumulateUniqueHostPorts, ValidateVolumeMounts, validatePullPolicy and ValidateResourceRequirements
 * (kubernetes/kubernetes pkg/apis/core/validation/validation.go). Fields with defaults (protocol,
 * imagePullPolicy) count as defaulted when absent or empty.
 */
import type { FieldError } from './fieldError';
import { isDNS1123Label, isNegativeErrorMsg, isValidPortName, isValidPortNum, notSupported } from './apimachinery';
import { compareQuantity, formatQuantity, isNegative, parseQuantity, type Quantity, quantityFormatError } from './quantity';
import { child, index, isObj, key, type Obj, type Reader } from './reader';

/** Validates one list of containers (`containers` or `initContainers`); returns the errors in upstream order. */
export function validateContainerList(r: Reader, podSpec: Obj, specPath: string, listName: string, volumeNames: Set<string>, required: boolean): FieldError[] {
  const errs: FieldError[] = [];
  const listPath = child(specPath, listName);
  const raw = r.list(podSpec, listName, specPath);
  const containers = r.objItems(raw ?? [], listPath);
  if (required && (podSpec[listName] == null || raw?.length === 0)) {
    errs.push({ field: listPath, type: 'Required', detail: '' });
    return errs;
  }
  const names = new Set<string>();
  for (const [i, c] of containers) {
    const p = index(listPath, i);
    const name = r.str(c, 'name', p) ?? '';
    if (name.length === 0) errs.push({ field: child(p, 'name'), type: 'Required', detail: '' });
    else for (const detail of isDNS1123Label(name)) errs.push({ field: child(p, 'name'), type: 'Invalid', badValue: name, detail });
    if ((r.str(c, 'image', p) ?? '').length === 0) errs.push({ field: child(p, 'image'), type: 'Required', detail: '' });
    errs.push(...validatePorts(r, c, p));
    for (const [j, env] of r.objList(c, 'env', p)) {
      if ((r.str(env, 'name', index(child(p, 'env'), j)) ?? '').length === 0) errs.push({ field: child(index(child(p, 'env'), j), 'name'), type: 'Required', detail: '' });
    }
    errs.push(...validateVolumeMounts(r, c, p, volumeNames));
    const pull = r.str(c, 'imagePullPolicy', p) ?? '';
    if (pull !== '' && !['Always', 'IfNotPresent', 'Never'].includes(pull)) errs.push(notSupported(child(p, 'imagePullPolicy'), pull, ['Always', 'IfNotPresent', 'Never']));
    errs.push(...validateResources(r, c, p));
    if (names.has(name)) errs.push({ field: child(p, 'name'), type: 'Duplicate', badValue: name, detail: '' });
    else names.add(name);
  }
  errs.push(...checkHostPortConflicts(containers, listPath));
  return errs;
}

function validatePorts(r: Reader, c: Obj, p: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  for (const [j, port] of r.objList(c, 'ports', p)) {
    const pp = index(child(p, 'ports'), j);
    const name = r.str(port, 'name', pp) ?? '';
    if (name.length > 0) {
      const msgs = isValidPortName(name);
      if (msgs.length) for (const detail of msgs) errs.push({ field: child(pp, 'name'), type: 'Invalid', badValue: name, detail });
      else if (names.has(name)) errs.push({ field: child(pp, 'name'), type: 'Duplicate', badValue: name, detail: '' });
      else names.add(name);
    }
    const containerPort = r.int(port, 'containerPort', pp) ?? 0;
    if (containerPort === 0) errs.push({ field: child(pp, 'containerPort'), type: 'Required', detail: '' });
    else for (const detail of isValidPortNum(containerPort)) errs.push({ field: child(pp, 'containerPort'), type: 'Invalid', badValue: containerPort, detail });
    const hostPort = r.int(port, 'hostPort', pp) ?? 0;
    if (hostPort !== 0) for (const detail of isValidPortNum(hostPort)) errs.push({ field: child(pp, 'hostPort'), type: 'Invalid', badValue: hostPort, detail });
    const protocol = r.str(port, 'protocol', pp) ?? '';
    if (protocol !== '' && !['SCTP', 'TCP', 'UDP'].includes(protocol)) errs.push(notSupported(child(pp, 'protocol'), protocol, ['SCTP', 'TCP', 'UDP']));
  }
  return errs;
}

/** AccumulateUniqueHostPorts: the same hostIP/protocol/hostPort twice is a Duplicate. */
function checkHostPortConflicts(containers: Array<[number, Obj]>, listPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [i, c] of containers) {
    const ports = Array.isArray(c.ports) ? c.ports : [];
    ports.forEach((port, j) => {
      if (!isObj(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
      const hostIP = typeof port.hostIP === 'string' ? port.hostIP : '';
      const protocol = typeof port.protocol === 'string' && port.protocol ? port.protocol : 'TCP';
      const id = `${hostIP}/${protocol}/${port.hostPort}`;
      if (seen.has(id)) errs.push({ field: child(index(child(index(listPath, i), 'ports'), j), 'hostPort'), type: 'Duplicate', badValue: id, detail: '' });
      else seen.add(id);
    });
  }
  return errs;
}

function validateVolumeMounts(r: Reader, c: Obj, p: string, volumeNames: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  for (const [j, m] of r.objList(c, 'volumeMounts', p)) {
    const mp = index(child(p, 'volumeMounts'), j);
    const name = r.str(m, 'name', mp) ?? '';
    if (name.length === 0) errs.push({ field: child(mp, 'name'), type: 'Required', detail: '' });
    else if (!volumeNames.has(name)) errs.push({ field: child(mp, 'name'), type: 'NotFound', badValue: name, detail: '' });
    const mountPath = r.str(m, 'mountPath', mp) ?? '';
    if (mountPath.length === 0) errs.push({ field: child(mp, 'mountPath'), type: 'Required', detail: '' });
    else if (paths.has(mountPath)) errs.push({ field: child(mp, 'mountPath'), type: 'Invalid', badValue: mountPath, detail: 'must be unique' });
    paths.add(mountPath);
  }
  return errs;
}

function readQuantities(r: Reader, res: Obj | undefined, name: string, resPath: string, errs: FieldError[]): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  const m = r.obj(res, name, resPath);
  for (const [k, v] of Object.entries(m ?? {})) {
    const fp = key(child(resPath, name), k);
    if (typeof v !== 'string' && typeof v !== 'number') {
      if (v != null) r.typeError(fp, v, 'quantity (string or number)');
      continue;
    }
    const q = parseQuantity(v);
    if (q === undefined) {
      errs.push({ field: fp, type: 'Invalid', badValue: v, detail: quantityFormatError });
      continue;
    }
    if (isNegative(q)) errs.push({ field: fp, type: 'Invalid', badValue: formatQuantity(q), detail: isNegativeErrorMsg });
    out.set(k, q);
  }
  return out;
}

/** ValidateResourceRequirements: quantities parse and are non-negative; requests ≤ limits (error at `resources.requests`). */
function validateResources(r: Reader, c: Obj, p: string): FieldError[] {
  const errs: FieldError[] = [];
  const resPath = child(p, 'resources');
  const res = r.obj(c, 'resources', p);
  const limits = readQuantities(r, res, 'limits', resPath, errs);
  const requests = readQuantities(r, res, 'requests', resPath, errs);
  for (const [name, q] of requests) {
    const limit = limits.get(name);
    if (limit !== undefined && compareQuantity(q, limit) > 0) {
      errs.push({ field: child(resPath, 'requests'), type: 'Invalid', badValue: formatQuantity(q), detail: `must be less than or equal to ${name} limit of ${formatQuantity(limit)}` });
    }
  }
  return errs;
}
