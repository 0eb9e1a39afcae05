import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './util';

const EXTENSION_ID = 'daemonset-lab.daemonset-lab';

suite('activation (inside VS Code)', () => {
  // This file sorts first among the integration tests, so nothing has opened a YAML document before it.
  test('opening a DaemonSet YAML file activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.ok(events.includes('onLanguage:yaml'), 'activates on YAML documents');
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), 'does not activate eagerly');
    assert.equal(ext.isActive, false, 'not active before a YAML document opens');
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'a workspace folder is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'daemonset.yaml'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'yaml');
    // onLanguage:yaml activates it. VS Code has no activation event to await, so wait with a deadline.
    await waitFor(() => ext.isActive, 'the extension activates after a YAML document opens');
    assert.ok(vscode.version.length > 0);
  });

  test('a contributed command runs', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('daemonsetLab.showInfo'));
    const result = await vscode.commands.executeCommand<string>('daemonsetLab.showInfo');
    assert.equal(result, 'daemonset-lab');
  });
});
