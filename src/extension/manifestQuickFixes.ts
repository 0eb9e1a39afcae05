import * as vscode from 'vscode';
import { lintManifest } from '../core/manifest/lintManifest';
import { quickFixes } from '../core/manifest/quickFixes';
import { codeOf, toWorkspaceEdit } from './convert';
import { panelLanguage } from './disposable';
import { yamlSelector } from './manifestDiagnostics';

/** Quick fixes for DaemonSet diagnostics; edits are applied only when the user picks one. */
export const ManifestQuickFixes = {
  register(): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(yamlSelector, {
      provideCodeActions(doc, _range, context) {
        const ours = context.diagnostics.filter((d) => codeOf(d) !== undefined);
        if (ours.length === 0) return [];
        const text = doc.getText();
        const lang = panelLanguage();
        const problems = lintManifest(text, { lang });
        const actions: vscode.CodeAction[] = [];
        for (const d of ours) {
          const start = doc.offsetAt(d.range.start);
          const end = doc.offsetAt(d.range.end);
          const p = problems.find((x) => x.code === codeOf(d) && x.start === start && x.end === end);
          if (!p) continue;
          for (const fix of quickFixes(text, p, lang)) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.edit = toWorkspaceEdit(doc, fix.edits);
            action.diagnostics = [d];
            action.isPreferred = fix.isPreferred === true;
            actions.push(action);
          }
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
  },
};
