import * as vscode from 'vscode';
import { newWorkerNode } from '../core/nodes/defaultCluster';
import { buildSnapshot } from '../core/view/buildSnapshot';
import { assertNever, parseFromWebview, type ClusterSnapshot, type FromWebview, type ToWebview } from '../protocol/messages';
import { SnapshotEncoder } from '../protocol/snapshotWire';
import { Disposable, panelLanguage, t } from './disposable';
import { previewMode } from './livePreview';
import type { SimulationHost } from './simulationHost';

export const clusterPanelViewType = 'daemonsetLab.clusterPanel';
/** Minimum real time between two snapshots while the simulation is busy (the webview also coalesces per frame). */
const postIntervalMs = 100;

/** What the integration tests observe (test-only command daemonsetLab.test.panelState). */
export interface PanelTestState {
  open: boolean;
  readyCount: number;
  received: string[];
  lastSnapshot?: ClusterSnapshot;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

/** The live cluster panel: draws snapshots of the virtual cluster and turns the webview's intents into Simulation operations. */
export class ClusterPanel extends Disposable {
  private static current: ClusterPanel | undefined;
  static readonly testState: PanelTestState = { open: false, readyCount: 0, received: [] };
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPost = 0;
  private lastBuildMs = 0;
  /** What this webview already has (node labels, taints…): reset whenever it (re)starts and says `ready`. */
  private readonly encoder = new SnapshotEncoder();

  static register(context: vscode.ExtensionContext, host: SimulationHost): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.commands.registerCommand('daemonsetLab.openClusterPanel', () => ClusterPanel.createOrShow(context.extensionUri, host)),
      vscode.window.registerWebviewPanelSerializer(clusterPanelViewType, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => { ClusterPanel.revive(panel, context.extensionUri, host); },
      }),
      vscode.commands.registerCommand('daemonsetLab.test.panelState', () => ClusterPanel.testState),
      vscode.commands.registerCommand('daemonsetLab.test.panelMessage', (message: unknown) => ClusterPanel.current?.onMessage(message)),
      { dispose: () => ClusterPanel.current?.dispose() },
    );
  }

  static createOrShow(extensionUri: vscode.Uri, host: SimulationHost): void {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (ClusterPanel.current) {
      ClusterPanel.current.panel.reveal(column, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(clusterPanelViewType, t('Virtual Cluster', '가상 클러스터'),
      { viewColumn: column, preserveFocus: true }, ClusterPanel.options(extensionUri));
    ClusterPanel.revive(panel, extensionUri, host);
  }

  private static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    };
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, host: SimulationHost): void {
    ClusterPanel.current?.dispose();
    ClusterPanel.current = new ClusterPanel(panel, extensionUri, host);
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, private readonly host: SimulationHost) {
    super();
    panel.webview.options = ClusterPanel.options(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'cluster.svg');
    panel.webview.html = this.html(panel.webview);
    ClusterPanel.testState.open = true;
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)));
    this._register(host.onDidChange(() => this.schedulePost()));
    this._register(panel.onDidChangeViewState(() => { if (panel.visible) this.schedulePost(); }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('daemonsetLab')) this.schedulePost(); }));
  }

  override dispose(): void {
    if (ClusterPanel.current === this) ClusterPanel.current = undefined;
    ClusterPanel.testState.open = false;
    if (this.timer) clearTimeout(this.timer);
    super.dispose();
    this.panel.dispose();
  }

  private html(webview: vscode.Webview): string {
    const n = nonce();
    const uri = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...p)).toString();
    const lang = panelLanguage();
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${uri('dist', 'codicons', 'codicon.css')}" rel="stylesheet">
<link href="${uri('media', 'cluster.css')}" rel="stylesheet">
<title>${t('Virtual Cluster', '가상 클러스터')}</title>
</head>
<body>
<div id="app" role="application" aria-label="${t('Virtual cluster', '가상 클러스터')}"></div>
<script nonce="${n}" src="${uri('dist', 'webview.js')}"></script>
</body>
</html>`;
  }

  private snapshot(): ClusterSnapshot {
    return buildSnapshot(this.host.sim, {
      seq: ++this.seq, playing: this.host.playing, speed: this.host.speed, previewMode: previewMode(), lang: panelLanguage(),
      sources: Object.fromEntries(this.host.sources), problems: this.host.problems(),
    });
  }

  private schedulePost(): void {
    if (this.timer || !this.panel.visible) return;
    // Large clusters: leave the extension host at least three quarters of the time between snapshots.
    const interval = Math.max(postIntervalMs, this.lastBuildMs * 4);
    const wait = Math.max(0, this.lastPost + interval - Date.now());
    this.timer = setTimeout(() => { this.timer = undefined; this.postSnapshot(); }, wait);
  }

  private postSnapshot(): void {
    if (this.isDisposed) return;
    this.lastPost = Date.now();
    const snapshot = this.snapshot();
    this.lastBuildMs = Date.now() - this.lastPost;
    ClusterPanel.testState.lastSnapshot = snapshot;
    this.post({ type: 'snapshot', snapshot: this.encoder.encode(snapshot) });
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(data: unknown): void {
    const message = parseFromWebview(data);
    if (!message) return;
    ClusterPanel.testState.received.push(message.type);
    try {
      this.route(message);
      if (message.type !== 'ready') this.schedulePost();
    } catch (e) {
      this.post({ type: 'notice', level: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private route(message: FromWebview): void {
    const sim = this.host.sim;
    switch (message.type) {
      case 'ready':
        ClusterPanel.testState.readyCount++;
        this.encoder.reset();
        return this.postSnapshot();
      case 'play': return this.host.play();
      case 'pause': return this.host.pause();
      case 'step': return this.host.step();
      case 'setSpeed': return this.host.setSpeed(message.speed);
      case 'addNode':
        if (!/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(message.name)) throw new Error(t(`"${message.name}" is not a valid node name (lowercase letters, digits, '-' and '.')`, `"${message.name}"은(는) 올바른 노드 이름이 아닙니다 (소문자, 숫자, '-', '.'만 사용)`));
        if (sim.nodes().some((n) => n.metadata?.name === message.name)) throw new Error(t(`node "${message.name}" already exists`, `노드 "${message.name}"이(가) 이미 있습니다`));
        return this.settled(() => sim.addNode(newWorkerNode(message.name)));
      case 'removeNode': return this.settled(() => sim.removeNode(message.node));
      case 'labelNode':
        return this.settled(() => (message.value === undefined ? sim.labelNode(message.node, {}, [message.key]) : sim.labelNode(message.node, { [message.key]: message.value })));
      case 'taintNode':
        return this.settled(() => sim.taintNode(message.node, [{ key: message.key, effect: message.effect, ...(message.value ? { value: message.value } : {}) }]));
      case 'untaintNode': return this.settled(() => sim.taintNode(message.node, [], [{ key: message.key, effect: message.effect }]));
      case 'setCordon': return this.settled(() => (message.cordoned ? sim.cordon(message.node) : sim.uncordon(message.node)));
      case 'setNodeReady': return this.settled(() => sim.setNodeReady(message.node, message.ready));
      case 'deletePod': return this.settled(() => sim.deletePod(message.pod));
      case 'rolloutUndo': {
        const r = sim.rolloutUndo(message.daemonSet);
        sim.settle();
        return this.post({ type: 'notice', level: r.ok ? 'info' : 'error', message: r.message });
      }
      case 'importNodes': return void vscode.commands.executeCommand('daemonsetLab.importNodes');
      case 'exportNodes': return void vscode.commands.executeCommand('daemonsetLab.exportNodes');
      case 'resetCluster': return void vscode.commands.executeCommand('daemonsetLab.resetCluster');
      default: return assertNever(message);
    }
  }

  private settled(op: () => void): void {
    op();
    this.host.sim.settle();
  }
}
