/** DaemonSet-aware warnings the API server does not give (they are correct, not style opinions). */
import { isObj } from '../validation/reader';
import { keySpanAt } from './fieldErrorRange';
import { type Lang, problemMessage, type ProblemCode } from './problemCodes';
import type { Span, YNode } from './yamlAst';

export interface Warning { code: ProblemCode; span: Span; path: string; message: string }

const controlPlane = 'node-role.kubernetes.io/control-plane';

/** Whether a toleration list tolerates the control-plane NoSchedule taint (v1 Toleration.ToleratesTaint). */
export function toleratesControlPlane(tolerations: unknown): boolean {
  if (!Array.isArray(tolerations)) return false;
  return tolerations.some((t) => {
    if (!isObj(t)) return false;
    const effect = typeof t.effect === 'string' ? t.effect : '';
    if (effect !== '' && effect !== 'NoSchedule') return false;
    const key = typeof t.key === 'string' ? t.key : '';
    const op = typeof t.operator === 'string' && t.operator ? t.operator : 'Equal';
    if (key === '' ) return op === 'Exists';
    if (key !== controlPlane) return false;
    return op === 'Exists' || (op === 'Equal' && (t.value ?? '') === '');
  });
}

function nonZero(v: unknown): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return /^\d+%$/.test(v) ? Number(v.slice(0, -1)) !== 0 : /^[+-]?\d+$/.test(v) && Number(v) !== 0;
  return false;
}

function usesHostPort(podSpec: Record<string, unknown>): boolean {
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  return containers.some((c) => isObj(c) && Array.isArray(c.ports) && c.ports.some((p) => isObj(p) && typeof p.hostPort === 'number' && p.hostPort > 0))
    || (podSpec.hostNetwork === true && containers.some((c) => isObj(c) && Array.isArray(c.ports) && c.ports.length > 0));
}

/** The warnings for one DaemonSet document. */
export function daemonSetWarnings(root: YNode, value: unknown, lang: Lang): Warning[] {
  const out: Warning[] = [];
  if (!isObj(value) || !isObj(value.spec)) return out;
  const spec = value.spec;
  const template = isObj(spec.template) ? spec.template : {};
  const podSpec = isObj(template.spec) ? template.spec : {};
  const affinity = isObj(podSpec.affinity) ? podSpec.affinity : {};
  const targetsAll = !(isObj(podSpec.nodeSelector) && Object.keys(podSpec.nodeSelector).length > 0) && !isObj(affinity.nodeAffinity);
  if (targetsAll && !toleratesControlPlane(podSpec.tolerations) && isObj(template.spec)) {
    const span = keySpanAt(root, ['spec', 'template', 'spec', 'tolerations']) ?? keySpanAt(root, ['spec', 'template', 'spec']);
    if (span) out.push({ code: 'no-control-plane-toleration', span, path: 'spec.template.spec.tolerations', message: problemMessage('no-control-plane-toleration', lang) });
  }
  const strategy = isObj(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof strategy.type === 'string' && strategy.type ? strategy.type : 'RollingUpdate';
  const ru = isObj(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
  if (type === 'RollingUpdate' && nonZero(ru.maxSurge) && usesHostPort(podSpec)) {
    const span = keySpanAt(root, ['spec', 'updateStrategy', 'rollingUpdate', 'maxSurge']);
    if (span) out.push({ code: 'surge-with-host-port', span, path: 'spec.updateStrategy.rollingUpdate.maxSurge', message: problemMessage('surge-with-host-port', lang) });
  }
  return out;
}
