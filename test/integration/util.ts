import * as vscode from 'vscode';

/** Resolves when `condition` holds; fails after `timeoutMs`. For states VS Code has no event for. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with the diagnostics of `uri` once `predicate` holds for them (awaits onDidChangeDiagnostics). */
export function diagnosticsWhen(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 15000): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (predicate(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`diagnostics for ${uri.toString()} did not reach the expected state`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diags = vscode.languages.getDiagnostics(uri);
      if (predicate(diags)) { clearTimeout(timer); sub.dispose(); resolve(diags); }
    });
  });
}
