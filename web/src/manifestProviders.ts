/**
 * Our own diagnostics, hover, completion and quick fixes from src/core/manifest, registered as Monaco providers:
 * the same functions the VS Code extension uses, beside monaco-yaml's schema checks.
 */
import type { monaco as Monaco } from './monacoSetup';
import type { ManifestProblem } from '../../src/core/manifest/lintManifest';
import { IncrementalLinter } from '../../src/core/manifest/incrementalLint';
import { hoverAt } from '../../src/core/manifest/hover';
import { completionAt } from '../../src/core/manifest/completion';
import { quickFixes } from '../../src/core/manifest/quickFixes';

type M = typeof Monaco;
const OWNER = 'daemonset-lab';

export function registerManifestProviders(monaco: M, model: Monaco.editor.ITextModel, lang: () => 'en' | 'ko'): { lint(): ManifestProblem[] } {
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info, hint: monaco.MarkerSeverity.Hint };
  let problems: ManifestProblem[] = [];
  const linter = new IncrementalLinter();
  const rangeOf = (start: number, end: number) => {
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(Math.max(start, end));
    return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
  };
  const lint = () => {
    problems = linter.lint(model.getValue(), lang());
    monaco.editor.setModelMarkers(model, OWNER, problems.map((p) => ({
      startLineNumber: model.getPositionAt(p.start).lineNumber,
      startColumn: model.getPositionAt(p.start).column,
      endLineNumber: model.getPositionAt(p.end).lineNumber,
      endColumn: model.getPositionAt(p.end).column,
      severity: severity[p.severity],
      message: p.message,
      source: 'DaemonSet Lab',
      code: { value: p.code, target: monaco.Uri.parse(p.docsUrl) },
    })));
    return problems;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  model.onDidChangeContent(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(lint, 200);
  });
  lint();

  monaco.languages.registerHoverProvider('yaml', {
    provideHover(m, position) {
      if (m !== model) return null;
      const h = hoverAt(m.getValue(), m.getOffsetAt(position), lang());
      return h ? { range: rangeOf(h.start, h.end), contents: [{ value: h.markdown }] } : null;
    },
  });

  monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', ':'],
    provideCompletionItems(m, position) {
      if (m !== model) return { suggestions: [] };
      const r = completionAt(m.getValue(), m.getOffsetAt(position), lang());
      const range = rangeOf(r.start, r.end);
      const kinds = { field: monaco.languages.CompletionItemKind.Field, value: monaco.languages.CompletionItemKind.EnumMember, snippet: monaco.languages.CompletionItemKind.Snippet };
      return {
        suggestions: r.items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          insertText: item.insertText,
          insertTextRules: item.kind === 'snippet' ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          range,
        })),
      };
    },
  });

  monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(m, range) {
      if (m !== model) return { actions: [], dispose() {} };
      const text = m.getValue();
      const start = m.getOffsetAt(range.getStartPosition());
      const end = m.getOffsetAt(range.getEndPosition());
      const actions = problems.filter((p) => p.start <= end && p.end >= start).flatMap((p) => quickFixes(text, p, lang()).map((fix) => ({
        title: fix.title,
        kind: 'quickfix',
        isPreferred: fix.isPreferred,
        edit: { edits: fix.edits.map((e) => ({ resource: m.uri, versionId: m.getVersionId(), textEdit: { range: rangeOf(e.start, e.end), text: e.newText } })) },
      })));
      return { actions, dispose() {} };
    },
  });
  return { lint };
}
