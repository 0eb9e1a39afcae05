import * as vscode from 'vscode';
import { parseAllDocuments } from 'yaml';
import { formatFieldError } from '../core/validation/fieldError';
import { Disposable, t } from './disposable';
import type { SimulationHost } from './simulationHost';

const debounceMs = 300;

export type PreviewMode = 'live' | 'onApply';

export function previewMode(): PreviewMode {
  return vscode.workspace.getConfiguration('daemonsetLab').get<string>('preview.mode', 'live') === 'onApply' ? 'onApply' : 'live';
}

export interface PreviewResult {
  source: string;
  applied: string[];
  problems: string[];
}

function isCandidate(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.fileName)) && /kind:\s*["']?DaemonSet\b/.test(doc.getText());
}

/** The DaemonSet objects of a YAML text, or the reasons none can be read (syntax errors). */
function daemonSetsIn(text: string): { objects: Record<string, unknown>[]; problems: string[] } {
  const objects: Record<string, unknown>[] = [];
  const problems: string[] = [];
  for (const doc of parseAllDocuments(text, { prettyErrors: true })) {
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push(e.message.split('\n')[0]);
      continue;
    }
    const value: unknown = doc.toJS();
    if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'DaemonSet') objects.push(value as Record<string, unknown>);
  }
  return { objects, problems };
}

/**
 * Applies the DaemonSets of open YAML editors to the virtual cluster: as you type (debounced) in `live` mode,
 * or on the Apply command. Never writes the document. An invalid manifest leaves the last valid state running.
 */
export class LivePreview extends Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** document URI → DaemonSet names it applied. */
  private readonly owned = new Map<string, Set<string>>();

  constructor(private readonly host: SimulationHost) {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((e) => { if (previewMode() === 'live' && e.contentChanges.length) this.schedule(e.document); }));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => { if (previewMode() === 'live') this.schedule(d); }));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => { if (previewMode() === 'live') this.forget(d); }));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => { if (this.owned.has(d.uri.toString()) || previewMode() === 'live') this.preview(d); }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('daemonsetLab.preview.mode') && previewMode() === 'live') this.previewAll(); }));
    this._register(host.onDidReset(() => this.reapply()));
    this._register(vscode.commands.registerCommand('daemonsetLab.applyToCluster', (uri?: vscode.Uri) => this.applyCommand(uri)));
    this._register({ dispose: () => { for (const timer of this.timers.values()) clearTimeout(timer); } });
    if (previewMode() === 'live') this.previewAll();
  }

  private previewAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (isCandidate(doc)) this.preview(doc);
  }

  private reapply(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (previewMode() === 'live' ? isCandidate(doc) : this.owned.has(doc.uri.toString())) this.preview(doc);
    }
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!isCandidate(doc) && !this.owned.has(key)) return;
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); if (!doc.isClosed) this.preview(doc); }, debounceMs));
  }

  private sourceOf(doc: vscode.TextDocument): string {
    return doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri);
  }

  /** Applies every DaemonSet of `doc`; removes the ones it applied before and no longer contains. */
  preview(doc: vscode.TextDocument): PreviewResult {
    const source = this.sourceOf(doc);
    const { objects, problems } = daemonSetsIn(doc.getText());
    const syntaxOk = problems.length === 0;
    const applied: string[] = [];
    const sim = this.host.sim;
    for (const obj of objects) {
      const result = sim.apply(obj);
      if (result.accepted && result.name) {
        applied.push(result.name);
        this.host.sources.set(result.name, source);
      } else {
        const name = (obj.metadata as { name?: unknown } | undefined)?.name;
        problems.push(result.message ?? `${typeof name === 'string' ? name : 'DaemonSet'}: ${result.errors.map(formatFieldError).join('; ')}`);
      }
    }
    const key = doc.uri.toString();
    // Only a readable document says which DaemonSets are gone; a syntax error keeps the last valid state.
    if (syntaxOk) {
      for (const name of this.owned.get(key) ?? []) {
        if (!applied.includes(name) && objects.every((o) => (o.metadata as { name?: unknown } | undefined)?.name !== name)) {
          sim.deleteDaemonSet(name, 'background');
          this.host.sources.delete(name);
        }
      }
      const keep = new Set([...applied, ...[...(this.owned.get(key) ?? [])].filter((n) => sim.getDaemonSet(n) !== undefined)]);
      if (keep.size) this.owned.set(key, keep); else this.owned.delete(key);
    }
    sim.settle();
    this.host.setProblems(source, problems);
    return { source, applied, problems };
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const names = this.owned.get(key);
    this.host.setProblems(this.sourceOf(doc), []);
    if (!names) return;
    this.owned.delete(key);
    for (const name of names) {
      if (this.host.sources.get(name) !== this.sourceOf(doc)) continue;
      this.host.sim.deleteDaemonSet(name, 'background');
      this.host.sources.delete(name);
    }
    this.host.sim.settle();
  }

  private async applyCommand(uri?: vscode.Uri): Promise<PreviewResult | undefined> {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showWarningMessage(t('Open a DaemonSet manifest first.', '먼저 데몬셋 매니페스트를 여세요.'));
      return undefined;
    }
    const result = this.preview(doc);
    if (result.problems.length) {
      void vscode.window.showErrorMessage(t(`Not applied: ${result.problems.join('; ')}`, `적용되지 않음: ${result.problems.join('; ')}`));
    } else if (result.applied.length === 0) {
      void vscode.window.showWarningMessage(t('No DaemonSet in this file.', '이 파일에 데몬셋이 없습니다.'));
    } else {
      void vscode.window.setStatusBarMessage(t(`Applied to the virtual cluster: ${result.applied.join(', ')}`, `가상 클러스터에 적용됨: ${result.applied.join(', ')}`), 4000);
    }
    return result;
  }
}
