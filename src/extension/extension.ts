import * as vscode from 'vscode';

/** Wiring only: each feature registers itself and returns its disposables. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('daemonsetLab.showInfo', () => {
      void vscode.window.showInformationMessage(vscode.l10n.t('DaemonSet Lab is ready.'));
      return 'daemonset-lab';
    }),
  );
}

export function deactivate(): void {
  // nothing to release: every disposable is in context.subscriptions
}
