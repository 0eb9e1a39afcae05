import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen } from './util';

const EXTENSION_ID = 'daemonset-lab.daemonset-lab';

const broken = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: Node_Agent
spec:
  replicas: 3
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agnet
    spec:
      restartPolicy: OnFailure
      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exist
        effect: NoSchedule
      containers:
      - name: agent
        image: agent:1.0
`;

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const opened: vscode.TextDocument[] = [];

async function openYaml(content: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
  await vscode.window.showTextDocument(doc);
  opened.push(doc);
  return doc;
}

/** Reverts and closes the untitled documents a test opened, so later suites start with a clean editor area. */
async function closeOpened(): Promise<void> {
  for (const doc of opened.splice(0)) {
    if (doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

function textOf(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

suite('editor: DaemonSet diagnostics, hover, completion, quick fixes (inside VS Code)', () => {
  teardown(closeOpened);

  test('a broken DaemonSet gets coded diagnostics at the exact ranges, with docs links', async () => {
    const doc = await openYaml(broken);
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'restart-policy-not-always'));
    const got = diags.filter((d) => d.source === 'DaemonSet Lab').map((d) => `${codeOf(d)}@${textOf(doc, d)}`).sort();
    assert.deepEqual(got, [
      'invalid-name@Node_Agent', 'invalid-enum@Exist', 'replicas-not-allowed@replicas', 'restart-policy-not-always@OnFailure', 'selector-template-mismatch@labels',
    ].sort());
    const replicas = diags.find((d) => codeOf(d) === 'replicas-not-allowed')!;
    assert.equal(replicas.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([replicas.range.start.line, replicas.range.start.character, replicas.range.end.character], [5, 2, 10]);
    assert.ok(typeof replicas.code === 'object' && replicas.code.target.toString().startsWith('https://kubernetes.io/docs/'));
  });

  test('other documents of a multi-document file are left alone', async () => {
    const doc = await openYaml(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n---\n${broken.replace('replicas: 3', 'replicas: 4')}`);
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'replicas-not-allowed'));
    assert.ok(diags.every((d) => d.range.start.line >= 5), 'nothing reported in the ConfigMap');
  });

  test('hover on a key shows the field docs and the DaemonSet note', async () => {
    const doc = await openYaml(broken);
    const line = broken.split('\n').findIndex((l) => l.includes('selector:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 4));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /A label query over pods that are managed by the daemon set/);
    assert.match(text, /immutable|변경 불가/);
  });

  test('completion offers keys with docs and the values the schema lacks', async () => {
    const content = broken.replace('        effect: NoSchedule', '        effect: ');
    const doc = await openYaml(content);
    const line = content.split('\n').findIndex((l) => l === '        effect: ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 16));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const v of ['NoSchedule', 'PreferNoSchedule', 'NoExecute']) assert.ok(labels.includes(v), v);
    const keysLine = content.split('\n').findIndex((l) => l.includes('image: agent:1.0'));
    const doc2 = await openYaml(content.replace('        image: agent:1.0', '        image: agent:1.0\n        '));
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc2.uri, new vscode.Position(keysLine + 1, 8));
    const pull = keys.items.find((i) => i.label === 'imagePullPolicy');
    assert.ok(pull, 'imagePullPolicy offered in a container');
  });

  test('a quick fix sets restartPolicy to Always and the diagnostic goes away', async () => {
    const doc = await openYaml(broken);
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'restart-policy-not-always'));
    const target = diags.find((d) => codeOf(d) === 'restart-policy-not-always')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range);
    const fix = actions.find((a) => a.title === 'Set restartPolicy to Always' || a.title === 'restartPolicy를 Always로 설정');
    assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /restartPolicy: Always/);
    await diagnosticsWhen(doc.uri, (d) => !d.some((x) => codeOf(x) === 'restart-policy-not-always') && d.some((x) => codeOf(x) === 'replicas-not-allowed'));
    const replicas = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'replicas-not-allowed')!;
    const removal = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, replicas.range)).find((a) => a.isPreferred && a.title.includes('replicas'));
    assert.ok(removal?.edit);
    assert.ok(await vscode.workspace.applyEdit(removal.edit));
    assert.ok(!doc.getText().includes('replicas'));
  });

  test('the daemonsetLab.language setting switches the messages to Korean', async () => {
    const config = vscode.workspace.getConfiguration('daemonsetLab');
    await config.update('language', 'ko', vscode.ConfigurationTarget.Global);
    try {
      const doc = await openYaml(broken.replace('Node_Agent', 'Korean_Agent'));
      const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'replicas-not-allowed' && /노드마다/.test(x.message)));
      assert.match(diags.find((d) => codeOf(d) === 'restart-policy-not-always')!.message, /restartPolicy는 Always여야 합니다/);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('closing the document clears its diagnostics', async () => {
    const doc = await openYaml(broken.replace('Node_Agent', 'Closing_Agent'));
    await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'invalid-name'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsWhen(doc.uri, (d) => d.length === 0);
  });
});
