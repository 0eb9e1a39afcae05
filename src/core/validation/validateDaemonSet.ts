/**
 * The API server's validation of an apps/v1 DaemonSet (R5–R14 of the semantics spec), on a parsed object
 * after defaulting. One validator, shared by the simulated apply and the editor diagnostics.
 * (Stub: filled in by the validation work.)
 */
import type { FieldError } from './fieldError';

/** ValidateDaemonSet: create-time validation of a defaulted DaemonSet object. */
export function validateDaemonSet(_ds: unknown): FieldError[] {
  return [];
}

/** ValidateDaemonSetUpdate: update-time validation (adds selector immutability, R8). */
export function validateDaemonSetUpdate(next: unknown, _old: unknown): FieldError[] {
  return validateDaemonSet(next);
}
