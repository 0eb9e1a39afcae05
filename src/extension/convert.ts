import * as vscode from 'vscode';
import type { CompletionEntry } from '../core/manifest/completion';
import type { HoverResult } from '../core/manifest/hover';
import type { ManifestProblem } from '../core/manifest/lintManifest';
import type { Severity } from '../core/manifest/problemCodes';
import type { TextEdit } from '../core/manifest/quickFixes';

/** The one place where core offsets become VS Code positions (anchors.md convention 5). */
export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const diagnosticSource = 'DaemonSet Lab';

export function toDiagnostic(doc: vscode.TextDocument, p: ManifestProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, p.start, p.end), p.message, severities[p.severity]);
  d.source = diagnosticSource;
  d.code = { value: p.code, target: vscode.Uri.parse(p.docsUrl) };
  return d;
}

/** The problem code of a diagnostic we produced, else undefined. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== diagnosticSource) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : undefined;
}

export function toHover(doc: vscode.TextDocument, h: HoverResult): vscode.Hover {
  const md = new vscode.MarkdownString(h.markdown);
  md.isTrusted = false;
  return new vscode.Hover(md, toRange(doc, h.start, h.end));
}

export function toCompletionItem(doc: vscode.TextDocument, e: CompletionEntry, start: number, end: number): vscode.CompletionItem {
  const kind = e.kind === 'field' ? vscode.CompletionItemKind.Property : e.kind === 'value' ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Snippet;
  const item = new vscode.CompletionItem(e.label, kind);
  item.insertText = e.kind === 'snippet' ? new vscode.SnippetString(e.insertText) : e.insertText;
  item.range = toRange(doc, start, end);
  if (e.detail) item.detail = e.detail;
  if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
  return item;
}

export function toWorkspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, toRange(doc, e.start, e.end), e.newText);
  return we;
}
