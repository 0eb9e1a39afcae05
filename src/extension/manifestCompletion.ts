import * as vscode from 'vscode';
import { completionAt } from '../core/manifest/completion';
import { classifyDocuments } from '../core/manifest/documents';
import { toCompletionItem } from './convert';
import { panelLanguage } from './disposable';
import { yamlSelector } from './manifestDiagnostics';

/** Whether the document around `offset` is a DaemonSet (or has no kind yet, so the snippet and keys help). */
function appliesAt(text: string, offset: number): boolean {
  const c = classifyDocuments(text).find((x) => offset >= x.doc.span.start && offset <= x.doc.span.end);
  if (!c || c.kind !== 'other') return true;
  const kind = c.kindEntry?.value;
  return kind === undefined || kind.kind === 'null' || (kind.kind === 'scalar' && String(kind.value) === 'DaemonSet');
}

/** Key, value and snippet completion in DaemonSet documents. */
export const ManifestCompletion = {
  register(): vscode.Disposable {
    return vscode.languages.registerCompletionItemProvider(yamlSelector, {
      provideCompletionItems(doc, position) {
        const text = doc.getText();
        const offset = doc.offsetAt(position);
        if (!appliesAt(text, offset)) return undefined;
        const r = completionAt(text, offset, panelLanguage());
        return r.items.map((e) => toCompletionItem(doc, e, r.start, r.end));
      },
    }, ' ', ':');
  },
};
