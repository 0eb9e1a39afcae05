import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completionAt, parentPathAt } from '../../../src/core/manifest/completion';
import { hoverAt } from '../../../src/core/manifest/hover';
import { lintManifest } from '../../../src/core/manifest/lintManifest';
import { quickFixes } from '../../../src/core/manifest/quickFixes';
import { applyEdits, marked } from './markers';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/daemonsets', name), 'utf8');
const seven = fixture('seven-errors.yaml');

function hover(src: string, lang: 'en' | 'ko' = 'en') {
  const { text, caret } = marked(src);
  return { text, h: hoverAt(text, caret, lang) };
}

suite('manifest/hover', () => {
  test('a key shows its own field description, type, default and the DaemonSet note', () => {
    const { text, h } = hover(seven.replace('      maxSurge: 0', '      max|Surge: 0'));
    assert.ok(h);
    assert.equal(text.slice(h.start, h.end), 'maxSurge');
    assert.equal(h.path, 'spec.updateStrategy.rollingUpdate.maxSurge');
    assert.match(h.markdown, /`int-or-string`/);
    assert.match(h.markdown, /The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod/);
    assert.match(h.markdown, /default: `0`/);
    assert.match(h.markdown, /set `maxUnavailable: 0` explicitly/);
    assert.match(h.markdown, /v1\.30.*1\.34/);
  });
  test('selector is immutable; template uses the field text, not the type text; Korean notes', () => {
    const sel = hover(seven.replace('  selector:', '  sel|ector:'), 'ko').h!;
    assert.match(sel.markdown, /변경 불가/);
    assert.match(sel.markdown, /A label query over pods that are managed by the daemon set/);
    assert.match(sel.markdown, /바꿀 수 없습니다/);
    const tpl = hover(seven.replace('  template:', '  tem|plate:')).h!;
    assert.match(tpl.markdown, /An object that describes the pod that will be created/);
  });
  test('every key of the fluentd manifest has a hover; values hover as their key; other documents have none', () => {
    const text = fixture('fluentd-seed000.yaml');
    const keys = [...text.matchAll(/^\s*(?:- )?([A-Za-z][\w.-]*):/gm)];
    for (const m of keys) {
      const off = m.index! + m[0].indexOf(m[1]) + 1;
      assert.ok(hoverAt(text, off), `no hover for ${m[1]} at ${off}`);
    }
    const v = hoverAt(text, text.indexOf('NoSchedule') + 2)!;
    assert.equal(v.path, 'spec.template.spec.tolerations[].effect');
    assert.equal(hoverAt('apiVersion: v1\nkind: ConfigMap\ndata: {}\n', 3), undefined);
  });
});

suite('manifest/completion', () => {
  test('parentPathAt reads the indentation above, through list items', () => {
    const lines = seven.split('\n');
    const row = lines.findIndex((l) => l.includes('image: agent:1.0'));
    assert.deepEqual(parentPathAt(lines, row, 8), ['spec', 'template', 'spec', 'containers', 0]);
    const row2 = lines.findIndex((l) => l.includes('maxSurge'));
    assert.deepEqual(parentPathAt(lines, row2, 6), ['spec', 'updateStrategy', 'rollingUpdate']);
  });
  test('keys at any path, with docs; status is not offered at the root', () => {
    const { text, caret } = marked(seven.replace('        image: agent:1.0', '        image: agent:1.0\n        imagePu|'));
    const r = completionAt(text, caret);
    assert.equal(text.slice(r.start, r.end), 'imagePu');
    const item = r.items.find((i) => i.label === 'imagePullPolicy');
    assert.ok(item?.documentation?.includes('Image pull policy'));
    const root = completionAt('apiVersion: apps/v1\n', 'apiVersion: apps/v1\n'.length);
    assert.deepEqual(root.items.map((i) => i.label).sort(), ['DaemonSet', 'apiVersion', 'kind', 'metadata', 'spec']);
  });
  test('values the schema lacks', () => {
    const at = (line: string, replacement: string) => { const { text, caret } = marked(seven.replace(line, replacement)); return completionAt(text, caret).items.map((i) => i.label); };
    assert.deepEqual(at('    type: Rollingupdate', '    type: |'), ['RollingUpdate', 'OnDelete']);
    assert.deepEqual(at('        effect: NoSchedul', '        effect: |'), ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
    assert.deepEqual(at('        operator: Exist', '        operator: Ex|'), ['Exists', 'Equal']);
    assert.deepEqual(at('      - key: node-role.kubernetes.io/control-plane', '      - operator: |'), ['Exists', 'Equal']);
    assert.deepEqual(at('      restartPolicy: OnFailure', '      restartPolicy: |'), ['Always']);
    assert.deepEqual(at('        image: agent:1.0', '        image: agent:1.0\n        imagePullPolicy: |'), ['IfNotPresent', 'Always', 'Never']);
    assert.deepEqual(at('      restartPolicy: OnFailure', '      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n            - matchExpressions:\n              - key: disk\n                operator: |'), ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);
    assert.deepEqual(at('      restartPolicy: OnFailure', '      hostNetwork: |'), ['true', 'false']);
  });
  test('the DaemonSet snippet lints clean once filled in', () => {
    const r = completionAt('', 0);
    const snippet = r.items.find((i) => i.kind === 'snippet')!.insertText;
    const filled = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace('$0', '');
    assert.deepEqual(lintManifest(filled), []);
  });
});

suite('manifest/quickFixes', () => {
  const fix = (text: string, code: string, index = 0) => {
    const p = lintManifest(text).find((x) => x.code === code)!;
    assert.ok(p, code);
    const fixes = quickFixes(text, p);
    assert.ok(fixes[index], `no fix ${index} for ${code}`);
    return applyEdits(text, fixes[index].edits);
  };
  test('each fix removes its problem', () => {
    const cases: Array<[string, number, string]> = [
      ['selector-template-mismatch', 0, '        app: agent\n    spec:'],
      ['selector-template-mismatch', 1, '    matchLabels:\n      app: agnet'],
      ['restart-policy-not-always', 0, 'restartPolicy: Always'],
      ['replicas-not-allowed', 0, 'spec:\n  selector:'],
      ['invalid-name', -1, ''],
    ];
    for (const [code, idx, expect] of cases) {
      if (idx < 0) continue;
      const out = fix(seven, code, idx);
      assert.ok(out.includes(expect), `${code}: ${out}`);
      assert.ok(!lintManifest(out).some((p) => p.code === code), code);
    }
  });
  test('enum casing: Rollingupdate, Exist, NoSchedul', () => {
    let text = fix(seven, 'invalid-update-strategy');
    assert.match(text, /type: RollingUpdate/);
    text = fix(text, 'invalid-enum');
    text = fix(text, 'invalid-enum');
    assert.match(text, /operator: Exists\n\s+effect: NoSchedule/);
    text = fix(text, 'zero-budget');
    assert.match(text, /maxUnavailable: 1/);
  });
  test('all fixes together leave only the name error', () => {
    let text = seven;
    for (let i = 0; i < 10; i++) {
      const p = lintManifest(text).find((x) => quickFixes(text, x).length > 0);
      if (!p) break;
      text = applyEdits(text, quickFixes(text, p)[0].edits);
    }
    assert.deepEqual(lintManifest(text).map((p) => p.code), ['invalid-name']);
  });
  test('add a control-plane toleration; add maxUnavailable: 0 for surge; near-miss kind', () => {
    const noTol = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: a\nspec:\n  selector:\n    matchLabels: {app: a}\n  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n  template:\n    metadata:\n      labels: {app: a}\n    spec:\n      containers:\n      - name: a\n        image: a\n';
    const withTol = fix(noTol, 'no-control-plane-toleration');
    assert.match(withTol, / {4}spec:\n {6}tolerations:\n {6}- key: node-role.kubernetes.io\/control-plane\n {8}operator: Exists\n {8}effect: NoSchedule\n {6}containers:/);
    const surged = fix(withTol, 'surge-with-unavailable');
    assert.match(surged, / {6}maxUnavailable: 0\n {6}maxSurge: 1/);
    assert.deepEqual(lintManifest(surged), []);
    const kind = fix('apiVersion: apps/v1\nkind: Daemonset\n', 'kind-near-miss');
    assert.equal(kind, 'apiVersion: apps/v1\nkind: DaemonSet\n');
  });
});

suite('manifest/hover: DaemonSet notes', () => {
  test('the DaemonSet-specific fields carry a note in both languages', () => {
    const text = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: a
spec:
  minReadySeconds: 5
  revisionHistoryLimit: 3
  selector:
    matchLabels: {app: a}
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  template:
    metadata:
      labels: {app: a}
    spec:
      restartPolicy: Always
      hostNetwork: true
      nodeSelector: {disk: ssd}
      affinity: {}
      tolerations: []
      containers:
      - name: a
        image: a
        ports:
        - containerPort: 80
          hostPort: 80
`;
    const keys = ['minReadySeconds', 'revisionHistoryLimit', 'selector', 'updateStrategy', 'maxUnavailable', 'maxSurge', 'template', 'restartPolicy', 'hostNetwork', 'nodeSelector', 'affinity', 'tolerations', 'hostPort'];
    for (const k of keys) {
      const off = text.indexOf(`${k}:`) + 1;
      const en = hoverAt(text, off, 'en');
      const ko = hoverAt(text, off, 'ko');
      assert.ok(en?.markdown.includes('**DaemonSet note:**'), `${k} en`);
      assert.ok(ko?.markdown.includes('**DaemonSet 참고:**'), `${k} ko`);
    }
  });
});

suite('manifest/quickFixes: flow style', () => {
  const fixFirst = (text: string, code: string, index = 0) => {
    const p = lintManifest(text).find((x) => x.code === code)!;
    return applyEdits(text, quickFixes(text, p)[index].edits);
  };
  test('flow-style labels and tolerations are rewritten as flow', () => {
    const text = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  selector: {matchLabels: {app: a, tier: node}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      tolerations: [{key: x, operator: Exists}]\n      containers: [{name: a, image: a}]\n';
    const labels = fixFirst(text, 'selector-template-mismatch');
    assert.match(labels, /metadata: \{labels: \{app: a, tier: node\}\}/);
    const tol = fixFirst(labels, 'no-control-plane-toleration');
    assert.match(tol, /tolerations: \[\{key: x, operator: Exists\}, \{key: node-role\.kubernetes\.io\/control-plane, operator: Exists, effect: NoSchedule\}\]/);
    assert.deepEqual(lintManifest(tol), []);
    const empty = fixFirst(text.replace('[{key: x, operator: Exists}]', '[]').replace('{app: a}}\n    spec', '{app: a, tier: node}}\n    spec'), 'no-control-plane-toleration');
    assert.match(empty, /tolerations: \[\{key: node-role/);
  });
});
