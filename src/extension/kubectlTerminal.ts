import * as vscode from 'vscode';
import { stringify } from 'yaml';
import { runKubectl, tokenize } from '../core/kubectl/index';
import { KubectlPromptPty } from './kubectlPty';
import { Disposable, panelLanguage, t } from './disposable';
import type { SimulationHost } from './simulationHost';

const prompt = '\x1b[1;32mkubectl\x1b[0m$ ';

/** `kubectl edit ds NAME` / `edit daemonset/NAME`: the DaemonSet name, or undefined when the line is not an edit of a DaemonSet. */
export function editTarget(tokens: string[]): string | undefined {
  const words = tokens[0] === 'kubectl' ? tokens.slice(1) : tokens;
  if (words[0] !== 'edit') return undefined;
  const args = words.slice(1).filter((w) => !w.startsWith('-'));
  const slash = /^(ds|daemonset|daemonsets|daemonset\.apps|daemonsets\.apps)\/(.+)$/.exec(args[0] ?? '');
  if (slash) return slash[2];
  return /^(ds|daemonset|daemonsets|daemonset\.apps|daemonsets\.apps)$/.test(args[0] ?? '') ? args[1] : undefined;
}

/** The DaemonSet as `kubectl edit` shows it, minus status and server-managed fields the apply would reject. */
export function editableYaml(obj: object): string {
  const copy = JSON.parse(JSON.stringify(obj)) as { status?: unknown; metadata?: Record<string, unknown> };
  delete copy.status;
  if (copy.metadata) for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields']) delete copy.metadata[k];
  return stringify(copy);
}

/** A kubectl session against the virtual cluster: line editing, history, tab completion, `kubectl edit` in an untitled editor. */
class KubectlPty extends KubectlPromptPty {
  constructor(private readonly host: SimulationHost) {
    super(prompt, () => host.sim);
  }

  protected greeting(): string {
    return t(
      'Simulated kubectl for the DaemonSet Lab virtual cluster. Try: get nodes, get ds, describe ds NAME, taint node NAME key=value:NoSchedule, rollout undo ds/NAME.\n'
      + 'Tab completes, ↑/↓ recall history, "clear" clears, "exit" closes.\n',
      'DaemonSet Lab 가상 클러스터용 시뮬레이션 kubectl입니다. 예: get nodes, get ds, describe ds NAME, taint node NAME key=value:NoSchedule, rollout undo ds/NAME.\n'
      + 'Tab은 자동 완성, ↑/↓는 이전 명령, "clear"는 화면 지우기, "exit"는 종료입니다.\n');
  }

  protected async execute(line: string): Promise<void> {
    let tokens: string[];
    try { tokens = tokenize(line); } catch { tokens = line.split(/\s+/); }
    const edit = editTarget(tokens);
    if (edit !== undefined) {
      await this.openEditor(edit);
      return;
    }
    const files = await this.readFiles(tokens);
    const result = runKubectl(this.host.sim, line, { language: panelLanguage(), readFile: (p) => files.get(p) });
    this.write(result.stdout);
    this.write(result.stderr, true);
  }

  /** Reads the `-f FILE` arguments up front (the core's readFile is synchronous), relative to the first workspace folder. */
  private async readFiles(tokens: string[]): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    for (let i = 0; i < tokens.length; i++) {
      const m = /^(?:-f|--filename)(?:=(.+))?$/.exec(tokens[i]);
      const path = m ? (m[1] ?? tokens[i + 1]) : undefined;
      if (!path) continue;
      const uri = path.startsWith('/') ? vscode.Uri.file(path) : base ? vscode.Uri.joinPath(base, path) : undefined;
      if (!uri) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      try {
        files.set(path, open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      } catch { /* kubectl reports the missing file */ }
    }
    return files;
  }

  private async openEditor(name: string): Promise<void> {
    const ds = name ? this.host.sim.getDaemonSet(name) : undefined;
    if (!ds) {
      this.write(name ? `Error from server (NotFound): daemonsets.apps "${name}" not found\n` : 'error: resource name may not be empty\n', true);
      return;
    }
    const header = t(
      `# Editing daemonset.apps/${name} of the virtual cluster. Changes apply as you type (live preview) or with\n# "DaemonSet Lab: Apply to Virtual Cluster". This buffer is not a file; nothing is written to disk.\n`,
      `# 가상 클러스터의 daemonset.apps/${name}을(를) 편집합니다. 입력하는 대로(실시간 미리보기) 또는\n# "DaemonSet Lab: 가상 클러스터에 적용" 명령으로 적용됩니다. 이 버퍼는 파일이 아니며 디스크에 쓰지 않습니다.\n`);
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: header + editableYaml(ds) });
    await vscode.window.showTextDocument(doc, { preview: false });
    this.write(t(`Opened daemonset.apps/${name} in an editor.\n`, `편집기에서 daemonset.apps/${name}을(를) 열었습니다.\n`));
  }
}

/** The "DaemonSet Lab: kubectl" terminal command and profile. */
export class KubectlTerminal extends Disposable {
  constructor(private readonly host: SimulationHost) {
    super();
    this._register(vscode.commands.registerCommand('daemonsetLab.openKubectl', () => this.open()));
    this._register(vscode.window.registerTerminalProfileProvider('daemonsetLab.kubectl', {
      provideTerminalProfile: () => new vscode.TerminalProfile({ name: 'kubectl (DaemonSet Lab)', pty: new KubectlPty(this.host) }),
    }));
  }

  open(): vscode.Terminal {
    const terminal = vscode.window.createTerminal({ name: 'kubectl (DaemonSet Lab)', pty: new KubectlPty(this.host), iconPath: new vscode.ThemeIcon('terminal') });
    terminal.show();
    return terminal;
  }
}
