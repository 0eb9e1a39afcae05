import * as vscode from 'vscode';
import { ClusterPanel } from './clusterPanel';
import { ClusterStore, loadNodes } from './clusterStore';
import { DaemonSetCodeLens } from './codeLens';
import { KubectlTerminal } from './kubectlTerminal';
import { LivePreview } from './livePreview';
import { ManifestCompletion } from './manifestCompletion';
import { ManifestDiagnostics } from './manifestDiagnostics';
import { ManifestHover } from './manifestHover';
import { ManifestQuickFixes } from './manifestQuickFixes';
import { Lessons } from './lessons/lessons';
import { createWorkspaceSimulation, SimulationHost } from './simulationHost';

/** Wiring only: each feature registers itself and returns its disposables. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('daemonsetLab.showInfo', () => {
      void vscode.window.showInformationMessage(vscode.l10n.t('DaemonSet Lab is ready.'));
      return 'daemonset-lab';
    }),
  );
  const cluster = new SimulationHost(createWorkspaceSimulation, loadNodes(context.workspaceState));
  context.subscriptions.push(cluster, new ClusterStore(context.workspaceState, cluster), new LivePreview(cluster),
    ClusterPanel.register(context, cluster), new KubectlTerminal(cluster), DaemonSetCodeLens.register());
  context.subscriptions.push(new Lessons(context));
  context.subscriptions.push(ManifestDiagnostics.register(), ManifestHover.register(), ManifestCompletion.register(), ManifestQuickFixes.register());
}

export function deactivate(): void {
  // nothing to release: every disposable is in context.subscriptions
}
