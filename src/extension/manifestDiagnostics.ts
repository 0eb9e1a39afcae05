import * as vscode from 'vscode';
import { IncrementalLinter } from '../core/manifest/incrementalLint';
import { toDiagnostic } from './convert';
import { Disposable, panelLanguage } from './disposable';

/** YAML documents the manifest features apply to: any YAML editor (files and untitled). */
export const yamlSelector: vscode.DocumentSelector = [{ language: 'yaml' }];

function isYaml(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'yaml';
}

/** Keeps DaemonSet diagnostics up to date: on open, on change (debounced), on language change; cleared on close. */
export class ManifestDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('daemonsetLab'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document: an edit re-parses only the YAML documents it touched. */
  private readonly linters = new Map<string, IncrementalLinter>();

  static register(): ManifestDiagnostics {
    return new ManifestDiagnostics();
  }

  private constructor() {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.update(d)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.clear(d)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('daemonsetLab.language')) vscode.workspace.textDocuments.forEach((d) => this.update(d));
    }));
    this._register({ dispose: () => { this.timers.forEach((t) => clearTimeout(t)); this.timers.clear(); } });
    vscode.workspace.textDocuments.forEach((d) => this.update(d));
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!isYaml(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.update(doc); }, 200));
  }

  private update(doc: vscode.TextDocument): void {
    if (this.isDisposed || !isYaml(doc) || doc.isClosed) return;
    const key = doc.uri.toString();
    let linter = this.linters.get(key);
    if (!linter) this.linters.set(key, (linter = new IncrementalLinter()));
    const problems = linter.lint(doc.getText(), panelLanguage());
    this.collection.set(doc.uri, problems.map((p) => toDiagnostic(doc, p)));
  }

  private clear(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.linters.delete(key);
    this.collection.delete(doc.uri);
  }
}
