import * as vscode from 'vscode';

/** Base class that disposes everything it registered (custom-editor-sample's pattern). */
export abstract class Disposable implements vscode.Disposable {
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) value.dispose();
    else this.disposables.push(value);
    return value;
  }
}

/** The panel's and terminal's language: the setting daemonsetLab.language if set, else VS Code's display language. */
export function panelLanguage(): 'en' | 'ko' {
  const setting = vscode.workspace.getConfiguration('daemonsetLab').get<string>('language', 'auto');
  if (setting === 'ko' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** A user-facing string in the current language. */
export function t(en: string, ko: string): string {
  return panelLanguage() === 'ko' ? ko : en;
}
