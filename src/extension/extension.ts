import * as vscode from 'vscode';
import { ClusterPanel } from './clusterPanel';
import { ClusterStore, loadNodes } from './clusterStore';
import { DaemonSetCodeLens } from './codeLens';
import { KubectlTerminal } from './kubectlTerminal';
import { LivePreview } from './livePreview';
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
}

export function deactivate(): void {
  // nothing to release: every disposable is in context.subscriptions
}
