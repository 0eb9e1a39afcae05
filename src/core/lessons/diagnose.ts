/** The editor diagnostics step checks use (`noErrors`, `diagnosticsGone`): the manifest linter's codes and severities. */
import { lintManifest } from '../manifest/lintManifest';
import { codeInfo } from '../manifest/problemCodes';
import type { Diagnose } from './verify';

/** Diagnostics of a lesson file's text, exactly as the editor shows them. */
export const lintDiagnose: Diagnose = (_file, text) => lintManifest(text).map((p) => ({ code: p.code, severity: p.severity }));

/** Whether `code` is a diagnostic code the manifest linter can report. */
export function isProblemCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(codeInfo, code);
}
