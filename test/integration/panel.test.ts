import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClusterSnapshot } from '../../src/protocol/messages';
import { waitFor } from './util';
import { parse } from 'yaml';
import type { Node } from '../../src/core/model/types';
import { kubectlGetNodesJson, realNodeFixture } from '../unit/support/realNode';

interface PanelTestState { open: boolean; readyCount: number; received: string[]; lastSnapshot?: ClusterSnapshot }

const panelState = () => vscode.commands.executeCommand<PanelTestState>('daemonsetLab.test.panelState');

/** Resolves with the latest snapshot the panel posted once `predicate` holds for it. */
async function snapshotWhen(predicate: (s: ClusterSnapshot) => boolean, what: string): Promise<ClusterSnapshot> {
  let last: ClusterSnapshot | undefined;
  await waitFor(async () => { last = (await panelState()).lastSnapshot; return last !== undefined && predicate(last); }, what, 20000);
  return last as ClusterSnapshot;
}

const dsIndex = (s: ClusterSnapshot, name: string) => s.daemonSets.findIndex((d) => d.name === name);
const podsOn = (s: ClusterSnapshot, ds: string) => s.nodes.filter((n) => (n.cells[dsIndex(s, ds)]?.pods ?? []).some((p) => !p.terminating)).map((n) => n.name);

/** Steps simulated time through the panel until `predicate` holds for a snapshot (at most `max` steps). */
async function stepUntil(predicate: (s: ClusterSnapshot) => boolean, what: string, max = 20): Promise<ClusterSnapshot> {
  for (let i = 0; i < max; i++) {
    const last = (await panelState()).lastSnapshot;
    if (last && predicate(last)) return last;
    const seq = last?.seq ?? 0;
    await vscode.commands.executeCommand('daemonsetLab.test.panelMessage', { type: 'step' });
    await snapshotWhen((x) => x.seq > seq, 'a snapshot after the step');
  }
  return snapshotWhen(predicate, what);
}

suite('cluster panel (inside VS Code)', () => {
  let doc: vscode.TextDocument;

  suiteTeardown(async () => {
    if (doc && doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('Open Cluster Panel: the webview posts ready and receives a snapshot of the default kubeadm-like cluster', async () => {
    await vscode.commands.executeCommand('daemonsetLab.resetCluster', true);
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'daemonset.yaml'));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('daemonsetLab.openClusterPanel');
    await waitFor(async () => (await panelState()).readyCount > 0, 'the webview says ready');
    const s = await snapshotWhen((x) => x.nodes.length === 4, 'a snapshot with four nodes');
    assert.deepEqual(s.nodes.map((n) => n.name), ['control-plane', 'worker-1', 'worker-2', 'worker-3']);
    assert.equal(s.nodes[0].role, 'control-plane');
    assert.deepEqual(s.nodes[0].taints, [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    assert.ok((await panelState()).received.includes('ready'));
  });

  test('live preview: the open seed 000 fluentd manifest runs a pod on all four nodes', async () => {
    const s = await snapshotWhen((x) => dsIndex(x, 'fluentd-elasticsearch') >= 0 && podsOn(x, 'fluentd-elasticsearch').length === 4, 'fluentd runs on four nodes');
    const ds = s.daemonSets[dsIndex(s, 'fluentd-elasticsearch')];
    assert.equal(ds.desired, 4);
    assert.equal(ds.source, 'daemonset.yaml');
  });

  test('typing without the tolerations takes the pod off the control plane and names the taint; the file is not written', async () => {
    const text = doc.getText();
    const start = text.indexOf('      tolerations:');
    const end = text.indexOf('      containers:');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await snapshotWhen((x) => (x.nodes[0].cells[dsIndex(x, 'fluentd-elasticsearch')]?.reasons?.length ?? 0) > 0, 'the control plane shows a reason');
    // NoSchedule does not evict (R20: shouldContinueRunning); the rolling update of the changed template removes the old pod.
    const s = await stepUntil((x) => podsOn(x, 'fluentd-elasticsearch').length === 3 && !podsOn(x, 'fluentd-elasticsearch').includes('control-plane')
      && x.daemonSets[dsIndex(x, 'fluentd-elasticsearch')].upToDate === 3, 'the rollout takes the pod off the control plane');
    const cp = s.nodes.find((n) => n.name === 'control-plane');
    assert.match(cp?.cells[dsIndex(s, 'fluentd-elasticsearch')].reasons?.join(' ') ?? '', /node-role\.kubernetes\.io\/control-plane:NoSchedule/);
    assert.ok(doc.isDirty, 'the edit stays in the buffer');
    assert.match(fs.readFileSync(doc.uri.fsPath, 'utf8'), /tolerations:/, 'the file on disk is unchanged');
  });

  test('an invalid manifest shows its problem and leaves the last valid state running', async () => {
    const text = doc.getText();
    const at = text.indexOf('  selector:');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(at), '  selector: [unclosed\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const s = await snapshotWhen((x) => x.problems.some((p) => p.source === 'daemonset.yaml'), 'the problem reaches the panel');
    assert.equal(podsOn(s, 'fluentd-elasticsearch').length, 3);
    await vscode.commands.executeCommand('undo');
    await snapshotWhen((x) => x.problems.length === 0, 'the problem clears after undo');
  });

  test('panel intents go through the Simulation; malformed ones are ignored', async () => {
    await vscode.commands.executeCommand('daemonsetLab.test.panelMessage', { type: 'taintNode', node: 'worker-2', key: 'dedicated', value: 'db', effect: 'NoExecute' });
    const s = await snapshotWhen((x) => x.nodes.some((n) => n.name === 'worker-2' && n.taints.some((t) => t.key === 'dedicated')), 'worker-2 is tainted');
    assert.ok(!podsOn(s, 'fluentd-elasticsearch').includes('worker-2') || s.nodes.find((n) => n.name === 'worker-2')?.cells[0].pods.every((p) => p.terminating));
    const before = (await panelState()).received.length;
    await vscode.commands.executeCommand('daemonsetLab.test.panelMessage', { type: 'taintNode', node: 'worker-2', key: 'x', effect: 'Sometimes' });
    assert.equal((await panelState()).received.length, before);
    await vscode.commands.executeCommand('daemonsetLab.test.panelMessage', { type: 'addNode', name: 'worker-4' });
    await snapshotWhen((x) => x.nodes.some((n) => n.name === 'worker-4'), 'worker-4 appears');
  });

  test('the kubectl terminal: taint changes the panel; kubectl edit opens an untitled YAML that applies as it is edited', async () => {
    const terminal = await vscode.commands.executeCommand<vscode.Terminal>('daemonsetLab.openKubectl');
    assert.equal(terminal.name, 'kubectl (DaemonSet Lab)');
    terminal.sendText('kubectl taint node worker-1 gpu=true:NoSchedule', true);
    await snapshotWhen((x) => x.nodes.some((n) => n.name === 'worker-1' && n.taints.some((t) => t.key === 'gpu' && t.effect === 'NoSchedule')), 'the terminal taint reaches the panel');
    const opened = new Promise<vscode.TextDocument>((resolve) => {
      const sub = vscode.workspace.onDidOpenTextDocument((d) => { if (d.isUntitled && d.getText().includes('kind: DaemonSet')) { sub.dispose(); resolve(d); } });
    });
    terminal.sendText('kubectl edit ds fluentd-elasticsearch', true);
    const edited = await opened;
    assert.equal(edited.languageId, 'yaml');
    assert.match(edited.getText(), /name: fluentd-elasticsearch/);
    assert.doesNotMatch(edited.getText(), /^status:/m);
    const before = (await panelState()).lastSnapshot?.daemonSets.find((d) => d.name === 'fluentd-elasticsearch')?.revision ?? 0;
    const at = edited.getText().indexOf('fluentd:v2.5.2');
    assert.ok(at > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(edited.uri, new vscode.Range(edited.positionAt(at), edited.positionAt(at + 'fluentd:v2.5.2'.length)), 'fluentd:v2.6.0');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await snapshotWhen((x) => (x.daemonSets.find((d) => d.name === 'fluentd-elasticsearch')?.revision ?? 0) > before, 'the edited DaemonSet is applied');
    await vscode.window.showTextDocument(edited);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    terminal.dispose();
  });
  test('import nodes from kubectl get nodes -o yaml and -o json output (a real node from a public fixture), then reset', async () => {
    const file = path.join(os.tmpdir(), `dslab-nodes-${process.pid}.yaml`);
    fs.writeFileSync(file, 'apiVersion: v1\nkind: List\nitems:\n- kind: Node\n  metadata: {name: real-1, labels: {kubernetes.io/hostname: real-1}}\n  status: {allocatable: {cpu: "2", memory: 4Gi, pods: "110"}, conditions: [{type: Ready, status: "True"}]}\n');
    const names = await vscode.commands.executeCommand<string[]>('daemonsetLab.importNodes', vscode.Uri.file(file));
    assert.deepEqual(names, ['real-1']);
    await snapshotWhen((x) => x.nodes.length === 1 && x.nodes[0].name === 'real-1', 'the imported node replaces the cluster');
    // A real node (a public Kubernetes test fixture) as `kubectl get nodes -o json` prints it.
    const real = parse(realNodeFixture().text) as Node;
    const jsonFile = path.join(os.tmpdir(), `dslab-nodes-${process.pid}.json`);
    fs.writeFileSync(jsonFile, kubectlGetNodesJson([real]));
    assert.deepEqual(await vscode.commands.executeCommand<string[]>('daemonsetLab.importNodes', vscode.Uri.file(jsonFile)), [real.metadata?.name]);
    const shown = await snapshotWhen((x) => x.nodes.length === 1 && x.nodes[0].name === real.metadata?.name, 'the real node replaces the cluster');
    assert.deepEqual(shown.nodes[0].labels, Object.entries(real.metadata?.labels ?? {}));
    assert.deepEqual(shown.nodes[0].taints, real.spec?.taints ?? []);
    assert.deepEqual([shown.nodes[0].cpu, shown.nodes[0].memory, shown.nodes[0].pods], [real.status?.allocatable?.cpu, real.status?.allocatable?.memory, real.status?.allocatable?.pods]);
    fs.rmSync(jsonFile, { force: true });
    await vscode.commands.executeCommand('daemonsetLab.resetCluster', true);
    await snapshotWhen((x) => x.nodes.length === 4, 'the default cluster is back');
    fs.rmSync(file, { force: true });
  });
});
