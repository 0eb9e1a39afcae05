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
  /** Per document, the lint run whose result is wanted. */
  private readonly latest = new Map<string, number>();
  private runs = 0;

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
    const steps = linter.lintSteps(doc.getText(), panelLanguage());
    const run = ++this.runs;
    this.latest.set(key, run);
    // Lint in slices of at most ~20 ms of work, so that a large file never blocks the extension host for long;
    // a newer edit (or closing the document) abandons the run.
    const work = (): void => {
      const started = Date.now();
      for (;;) {
        if (this.isDisposed || doc.isClosed || this.latest.get(key) !== run) return;
        const r = steps.next();
        if (r.done) {
          this.latest.delete(key);
          this.collection.set(doc.uri, r.value.map((p) => toDiagnostic(doc, p)));
          return;
        }
        if (Date.now() - started > 20) { setTimeout(work, 0); return; }
      }
    };
    work();
  }

  private clear(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.linters.delete(key);
    this.latest.delete(key);
    this.collection.delete(doc.uri);
  }
}
