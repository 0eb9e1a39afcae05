import * as vscode from 'vscode';
import { t } from './disposable';
import { previewMode } from './livePreview';

/** "Open Cluster Panel" and "Apply to Virtual Cluster" above every `kind: DaemonSet` line of a YAML document. */
export class DaemonSetCodeLens implements vscode.CodeLensProvider {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changeEmitter.event;

  static register(): vscode.Disposable {
    const provider = new DaemonSetCodeLens();
    return vscode.Disposable.from(
      provider.changeEmitter,
      vscode.languages.registerCodeLensProvider({ language: 'yaml' }, provider),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('daemonsetLab')) provider.changeEmitter.fire(); }),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    const live = previewMode() === 'live';
    for (let i = 0; i < document.lineCount; i++) {
      if (!/^kind:\s*["']?DaemonSet["']?\s*(#.*)?$/.test(document.lineAt(i).text)) continue;
      const range = new vscode.Range(i, 0, i, 0);
      lenses.push(new vscode.CodeLens(range, { title: `$(server-environment) ${t('Open Cluster Panel', '클러스터 패널 열기')}`, command: 'daemonsetLab.openClusterPanel' }));
      lenses.push(new vscode.CodeLens(range, {
        title: live ? `$(sync) ${t('Live preview on · Apply now', '실시간 미리보기 켜짐 · 지금 적용')}` : `$(play) ${t('Apply to Virtual Cluster', '가상 클러스터에 적용')}`,
        command: 'daemonsetLab.applyToCluster', arguments: [document.uri],
      }));
    }
    return lenses;
  }
}
