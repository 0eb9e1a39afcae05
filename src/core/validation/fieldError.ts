/**
 * A validation error as kube-apiserver reports it (k8s.io/apimachinery/pkg/util/validation/field.Error).
 * `field` is the apiserver's field path, e.g. `spec.template.spec.restartPolicy` or `spec.template.spec.tolerations[0].operator`.
 */
export type FieldErrorType = 'Invalid' | 'Required' | 'NotSupported' | 'Forbidden' | 'Duplicate' | 'TooLong' | 'TooMany' | 'NotFound';

export interface FieldError {
  field: string;
  type: FieldErrorType;
  /** The detail text after the type, e.g. `supported values: "Always"`. */
  detail: string;
  /** The offending value, when the error type prints one. */
  badValue?: unknown;
}

const typeText: Record<FieldErrorType, string> = {
  Invalid: 'Invalid value',
  Required: 'Required value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  Duplicate: 'Duplicate value',
  TooLong: 'Too long',
  TooMany: 'Too many',
  NotFound: 'Not found',
};

/** Formats one error as field.Error.Error() does: `spec.x: Invalid value: "v": detail`. */
export function formatFieldError(e: FieldError): string {
  const withValue = e.badValue !== undefined && (e.type === 'Invalid' || e.type === 'NotSupported' || e.type === 'Duplicate' || e.type === 'NotFound');
  const value = withValue ? `: ${formatBadValue(e.badValue)}` : '';
  return `${e.field}: ${typeText[e.type]}${value}${e.detail ? `: ${e.detail}` : ''}`;
}

function formatBadValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** kubectl's message for a rejected create/update: `The DaemonSet "x" is invalid: [a, b]` (one error: no brackets). */
export function formatInvalidObject(kind: string, name: string, errors: FieldError[]): string {
  const parts = errors.map(formatFieldError);
  const body = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return `The ${kind} "${name}" is invalid: ${body}`;
}
