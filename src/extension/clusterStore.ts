import * as vscode from 'vscode';
import { defaultClusterNodes } from '../core/nodes/defaultCluster';
import { exportNodes, importNodes, inputToNodeObject, nodeObjectToInput, nodeToInput } from '../core/nodes/importNodes';
import type { NodeInput } from '../core/sim/api';
import { Disposable, t } from './disposable';
import type { SimulationHost } from './simulationHost';

const stateKey = 'daemonsetLab.cluster.nodes';

/** The nodes saved in workspace state, or the default kubeadm-like cluster. Bad saved data falls back to the default. */
export function loadNodes(state: vscode.Memento): NodeInput[] {
  const saved = state.get<unknown>(stateKey);
  if (!Array.isArray(saved) || saved.length === 0) return defaultClusterNodes();
  const errors: string[] = [];
  const ok = saved
    .filter((n): n is NodeInput => typeof n === 'object' && n !== null && typeof (n as NodeInput).name === 'string')
    .map((n) => nodeObjectToInput(inputToNodeObject(n), 'saved node', errors))
    .filter((n): n is NodeInput => n !== undefined);
  return ok.length ? ok : defaultClusterNodes();
}

/** Keeps the virtual cluster's nodes in workspace state across reloads, and imports/exports them as YAML. */
export class ClusterStore extends Disposable {
  private lastSaved = '';
  /** The simulation and its nodesVersion when the nodes were last looked at: other changes (pods, time) need no save. */
  private seen: { sim: unknown; version: number } | undefined;

  constructor(private readonly state: vscode.Memento, private readonly host: SimulationHost) {
    super();
    this.lastSaved = JSON.stringify(state.get(stateKey) ?? null);
    this.seen = { sim: host.sim, version: host.sim.nodesVersion() };
    // Saved as soon as the nodes change (a person's action: rare), so that a reload right after keeps it.
    this._register(host.onDidChange(() => this.saveIfNodesChanged()));
    this._register(host.onDidReset(() => this.save()));
    this._register({ dispose: () => this.save() });
    this._register(vscode.commands.registerCommand('daemonsetLab.importNodes', (uri?: vscode.Uri) => this.importFrom(uri)));
    this._register(vscode.commands.registerCommand('daemonsetLab.exportNodes', (uri?: vscode.Uri) => this.exportTo(uri)));
    this._register(vscode.commands.registerCommand('daemonsetLab.resetCluster', (confirmed?: boolean) => this.resetToDefault(confirmed === true)));
  }

  private saveIfNodesChanged(): void {
    const sim = this.host.sim;
    if (this.seen?.sim === sim && this.seen.version === sim.nodesVersion()) return;
    this.save();
  }

  private save(): void {
    this.seen = { sim: this.host.sim, version: this.host.sim.nodesVersion() };
    const nodes = this.host.sim.nodes().map(nodeToInput);
    const text = JSON.stringify(nodes);
    if (text === this.lastSaved) return;
    this.lastSaved = text;
    void this.state.update(stateKey, nodes);
  }

  /** Replaces the cluster's nodes with those of a YAML/JSON file (e.g. `kubectl get nodes -o yaml`). Returns the node names. */
  async importFrom(uri?: vscode.Uri): Promise<string[] | undefined> {
    const target = uri ?? (await vscode.window.showOpenDialog({
      canSelectMany: false, openLabel: t('Import nodes', '노드 가져오기'),
      filters: { [t('Nodes (YAML or JSON)', '노드 (YAML 또는 JSON)')]: ['yaml', 'yml', 'json'] },
    }))?.[0];
    if (!target) return undefined;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    } catch (e) {
      void vscode.window.showErrorMessage(t(`Cannot read ${target.fsPath}: ${String(e)}`, `${target.fsPath} 파일을 읽을 수 없습니다: ${String(e)}`));
      return undefined;
    }
    const result = importNodes(text);
    if (result.nodes.length === 0) {
      void vscode.window.showErrorMessage(t(`No nodes imported: ${result.errors.join('; ')}`, `가져온 노드가 없습니다: ${result.errors.join('; ')}`));
      return [];
    }
    this.host.reset(result.nodes);
    const names = result.nodes.map((n) => n.name);
    const count = names.length === 1 ? '1 node' : `${names.length} nodes`;
    if (result.errors.length) {
      void vscode.window.showWarningMessage(t(`Imported ${count}; skipped: ${result.errors.join('; ')}`, `노드 ${names.length}개를 가져왔습니다. 건너뛴 항목: ${result.errors.join('; ')}`));
    } else {
      void vscode.window.showInformationMessage(t(`Imported ${count} into the virtual cluster.`, `가상 클러스터로 노드 ${names.length}개를 가져왔습니다.`));
    }
    return names;
  }

  /** Writes the nodes as a YAML List of Node objects to a file the user picks. */
  async exportTo(uri?: vscode.Uri): Promise<string | undefined> {
    const target = uri ?? await vscode.window.showSaveDialog({
      saveLabel: t('Export nodes', '노드 내보내기'), filters: { YAML: ['yaml', 'yml'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'virtual-nodes.yaml') : undefined,
    });
    if (!target) return undefined;
    const text = exportNodes(this.host.sim.nodes().map(nodeToInput));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return text;
  }

  private async resetToDefault(confirmed: boolean): Promise<void> {
    if (!confirmed) {
      const yes = t('Reset', '초기화');
      const answer = await vscode.window.showWarningMessage(
        t('Reset the virtual cluster to the default nodes? DaemonSets in open editors are applied again.', '가상 클러스터를 기본 노드로 초기화할까요? 열린 편집기의 데몬셋은 다시 적용됩니다.'),
        { modal: true }, yes);
      if (answer !== yes) return;
    }
    this.host.reset(defaultClusterNodes());
  }
}
