import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseLessonViewMessage } from '../../src/extension/lessons/lessonView';
import { waitFor } from './util';

const EXTENSION_ID = 'daemonset-lab.daemonset-lab';

interface LessonTestState { lessons: string[]; problems: string[]; lessonId?: string; selected?: number; done: string[]; documents: string[]; viewOpen: boolean; pods: string[] }

const lessonState = () => vscode.commands.executeCommand<LessonTestState>('daemonsetLab.test.lessonState');

async function extensionFile(...path: string[]): Promise<string> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, ...path)));
}

/** Closes every untitled editor the lessons opened, without saving (so later suites see a clean workbench). */
async function closeUntitled(): Promise<void> {
  const docs = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled');
  for (const doc of docs) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
  await vscode.window.tabGroups.close(tabs);
}

suite('lessons (inside VS Code)', () => {
  suiteSetup(async () => {
    await vscode.commands.executeCommand('daemonsetLab.resetProgress');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('daemonsetLab.resetProgress');
    await closeUntitled();
  });

  test('the DaemonSet Lab activity bar has a Lessons view and a walkthrough tied to lesson context keys', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const contributes = ext.packageJSON.contributes;
    assert.equal(contributes.viewsContainers.activitybar[0].id, 'daemonsetLab');
    assert.deepEqual(contributes.views.daemonsetLab.map((v: { id: string }) => v.id), ['daemonsetLab.lessons']);
    const walkthrough = contributes.walkthroughs.find((w: { id: string }) => w.id === 'daemonsetLab.gettingStarted');
    assert.deepEqual(walkthrough.steps[0].completionEvents, ['onContext:daemonsetLab.lesson01Done']);
    await vscode.commands.executeCommand('workbench.view.extension.daemonsetLab');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('daemonsetLab.lessons.focus'), 'the Lessons view is registered');
    const state = await lessonState();
    assert.deepEqual(state.problems, []);
    assert.equal(state.lessons[0], 'what-is-a-daemonset');
    assert.equal(state.lessons.length, 11);
  });

  test('openLesson opens the lesson view and lesson 1 starter as an untitled YAML document', async () => {
    const result = await vscode.commands.executeCommand<{ lessonId: string; document: string }>('daemonsetLab.openLesson', 'what-is-a-daemonset');
    assert.equal(result.lessonId, 'what-is-a-daemonset');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(editor.document.uri.toString(), result.document);
    assert.equal(editor.document.languageId, 'yaml');
    assert.equal(editor.document.getText(), await extensionFile('lessons', '01-what-is-a-daemonset', 'start.yaml'));
    const state = await lessonState();
    assert.equal(state.viewOpen, true);
    assert.deepEqual(state.done, [], 'the starter (a ReplicaSet) does not pass the first step');
  });

  test('editing the starter into a DaemonSet passes step 1; kubectl delete pod in the lesson terminal passes step 2; progress is stored and reset', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.scheme === 'untitled');
    const doc = editor.document;
    // As the learner: kind ReplicaSet → DaemonSet, delete replicas.
    const text = doc.getText();
    const kindLine = text.split('\n').findIndex((l) => l.startsWith('kind: ReplicaSet'));
    const replicasLine = text.split('\n').findIndex((l) => l.trim().startsWith('replicas:'));
    await editor.edit((b) => {
      b.replace(new vscode.Range(kindLine, 6, kindLine, 16), 'DaemonSet');
      b.delete(new vscode.Range(replicasLine, 0, replicasLine + 1, 0));
    });
    assert.match(doc.getText(), /kind: DaemonSet/);
    await waitFor(async () => (await lessonState()).done.includes('convert'), 'step "convert" passes');
    assert.equal((await lessonState()).selected, 1, 'the view moves to step 2');
    assert.equal(doc.isDirty, true, 'the document stays an unsaved untitled document');
    assert.equal(doc.uri.scheme, 'untitled');

    // Step 2 through the lesson's own kubectl terminal: delete the pod on worker-2.
    const before = (await lessonState()).pods;
    const onWorker2 = before.find((p) => p.endsWith(' worker-2'))?.split(' ')[0];
    assert.ok(onWorker2, `a pod runs on worker-2: ${before.join(', ')}`);
    const terminal = await vscode.commands.executeCommand<vscode.Terminal>('daemonsetLab.lessonKubectl');
    assert.ok(terminal);
    terminal.sendText(`delete pod ${onWorker2}`);
    await waitFor(async () => (await lessonState()).done.length === 2, 'step "self-heal" passes');
    const after = (await lessonState()).pods;
    assert.ok(!after.some((p) => p.startsWith(`${onWorker2} `)), 'the deleted pod is gone');
    assert.ok(after.some((p) => p.endsWith(' worker-2')), 'a new pod runs on worker-2');
    terminal.dispose();
    assert.deepEqual((await lessonState()).done, ['convert', 'self-heal']);

    await vscode.commands.executeCommand('daemonsetLab.resetProgress');
    assert.deepEqual((await lessonState()).done, []);
  });

  test('the lesson view accepts only well-formed messages', () => {
    assert.deepEqual(parseLessonViewMessage({ type: 'hint' }), { type: 'hint' });
    assert.deepEqual(parseLessonViewMessage({ type: 'selectStep', index: 1 }), { type: 'selectStep', index: 1 });
    for (const bad of [undefined, null, 'hint', { type: 'hint', extra: 1 }, { type: 'run', command: 'rm' }, { type: 'selectStep', index: -1 }, { type: 'selectStep', index: '1' }, { type: 'selectStep', index: 1.5 }]) {
      assert.equal(parseLessonViewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  test('resetLesson starts over with a fresh untitled starter and no ticks', async () => {
    await vscode.commands.executeCommand('daemonsetLab.openLesson', 'what-is-a-daemonset');
    await vscode.commands.executeCommand('daemonsetLab.resetLesson');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.match(editor.document.getText(), /kind: ReplicaSet/);
    const state = await lessonState();
    assert.deepEqual(state.done, []);
    assert.equal(state.selected, 0);
  });
});
