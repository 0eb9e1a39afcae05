import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintManifest } from '../../../src/core/manifest/lintManifest';
import { codeInfo } from '../../../src/core/manifest/problemCodes';
import { marked } from './markers';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/daemonsets', name), 'utf8');

const ds = (body: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
${body}`;

/** Lints a marked text and returns [code, marked text] pairs for comparison with the «» ranges. */
function check(src: string, lang: 'en' | 'ko' = 'en') {
  const { text, ranges } = marked(src);
  const problems = lintManifest(text, { lang });
  return { problems, got: problems.map((p) => [p.code, text.slice(p.start, p.end)]), want: ranges.map((r) => text.slice(r.start, r.end)) };
}

suite('manifest/lintManifest', () => {
  test("seed 000's fluentd manifest is valid", () => {
    assert.deepEqual(lintManifest(fixture('fluentd-seed000.yaml')), []);
  });
  test('the 7 deliberate errors of peers.md §4 are all flagged at their exact ranges', () => {
    const text = fixture('seven-errors.yaml');
    const problems = lintManifest(text);
    const got = problems.map((p) => `${p.code}@${text.slice(p.start, p.end)}`);
    assert.deepEqual(got, [
      'invalid-name@Node_Agent', 'replicas-not-allowed@replicas', 'invalid-update-strategy@Rollingupdate', 'zero-budget@0',
      'selector-template-mismatch@labels', 'restart-policy-not-always@OnFailure', 'invalid-enum@Exist', 'invalid-enum@NoSchedul',
    ]);
    assert.deepEqual(problems.map((p) => p.path), [
      'metadata.name', 'spec.replicas', 'spec.updateStrategy', 'spec.updateStrategy.rollingUpdate.maxUnavailable', 'spec.template.metadata.labels',
      'spec.template.spec.restartPolicy', 'spec.template.spec.tolerations[0].operator', 'spec.template.spec.tolerations[0].effect',
    ]);
    assert.ok(problems.every((p) => p.severity === 'error' && p.docsUrl.startsWith('https://')));
  });
  test('a DaemonSet name may have up to 253 characters (the v1.30 schema wrongly caps it at 63)', () => {
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    const text = fixture('fluentd-seed000.yaml').replace('name: fluentd-elasticsearch\n  namespace', `name: ${name}\n  namespace`);
    assert.deepEqual(lintManifest(text), []);
    const tooLong = text.replace(name, `${name}x`);
    assert.deepEqual(lintManifest(tooLong).map((p) => [p.code, p.message.includes('must be no more than 253 characters')]), [['invalid-name', true]]);
  });
  test('messages come in English and Korean', () => {
    const en = lintManifest(fixture('seven-errors.yaml'), { lang: 'en' });
    const ko = lintManifest(fixture('seven-errors.yaml'), { lang: 'ko' });
    assert.match(en[1].message, /one pod on every eligible node/);
    assert.match(ko[1].message, /노드마다 파드를 하나씩/);
    assert.match(ko[5].message, /restartPolicy는 Always여야 합니다\(생략해도 됩니다\) — spec\.template\.spec\.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"/);
  });
  test('yaml syntax errors and duplicate keys', () => {
    const r = check('apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: a\n  «name»: b\nspec: {}\n');
    assert.deepEqual(r.got.filter((g) => g[0] === 'duplicate-key'), [['duplicate-key', 'name']]);
    const s = lintManifest('apiVersion: apps/v1\nkind: DaemonSet\nspec: [\n');
    assert.ok(s.some((p) => p.code === 'yaml-syntax'));
  });
  test('unknown fields with did-you-mean; wrong types; missing required', () => {
    const r = check(ds('      containers:\n      - name: a\n        image: a\n        «imagePullPolcy»: Always\n        ports:\n        - containerPort: «"80"»\n  «minReadySecond»: 5\n'));
    assert.deepEqual(r.got, [['unknown-field', 'imagePullPolcy'], ['wrong-type', '"80"'], ['unknown-field', 'minReadySecond']]);
    assert.match(r.problems[0].message, /Did you mean "imagePullPolicy"\?/);
    assert.match(r.problems[2].message, /Did you mean "minReadySeconds"\?/);
    const labels = check('apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: a\n  labels:\n    version: «1.0»\n«spec»:\n  template: {}\n');
    assert.deepEqual(labels.got.slice(0, 2), [['wrong-type', '1.0'], ['missing-required', 'spec']]);
    assert.match(labels.problems[0].message, /quote it: "1"/);
  });
  test('template label errors (spec.template.labels) land on the template label key', () => {
    const { text, ranges } = marked(ds('      containers:\n      - name: a\n        image: a\n').replace('        app: agent\n    spec', '        app: agent\n        «bad key!»: x\n    spec'));
    const p = lintManifest(text).find((x) => x.code === 'invalid-label')!;
    assert.equal(p.path, 'spec.template.labels');
    assert.deepEqual([p.start, p.end], [ranges[0].start, ranges[0].end]);
  });
  test('every API-server rule maps to a code and a range inside the document', () => {
    const text = ds(`      restartPolicy: Never
      activeDeadlineSeconds: 10
      nodeSelector:
        disk: "ssd!"
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: []
      containers:
      - name: Agent
        image: a
        ports:
        - containerPort: 0
        resources:
          limits: {cpu: 100m}
          requests: {cpu: 200m}
  minReadySeconds: -1
  updateStrategy:
    rollingUpdate:
      maxUnavailable: 110%
      maxSurge: 1
`).replace('matchLabels:\n      app: agent', 'matchExpressions:\n    - {key: app, operator: In, values: [agent]}\n    - {key: x, operator: Foo}');
    const codes = new Set(lintManifest(text).map((p) => p.code));
    for (const c of ['restart-policy-not-always', 'active-deadline-forbidden', 'invalid-label', 'invalid-affinity', 'invalid-container', 'invalid-port', 'invalid-resources', 'negative-value', 'invalid-rolling-update', 'surge-with-unavailable', 'invalid-selector'] as const) {
      assert.ok(codes.has(c), c);
    }
  });
  test('near-miss kinds and removed apiVersions get a hint; other documents are left alone', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\ndata: {x: 1}\n---\napiVersion: apps/v1\nkind: Replicaset\nmetadata: {name: a}\n---\napiVersion: apps/v1\nkind: Daemonset\n---\napiVersion: extensions/v1beta1\nkind: DaemonSet\n';
    const problems = lintManifest(text);
    assert.deepEqual(problems.map((p) => `${p.code}@${text.slice(p.start, p.end)}`), ['kind-near-miss@Replicaset', 'kind-near-miss@Daemonset', 'api-version-removed@extensions/v1beta1']);
    assert.equal(problems[0].data?.suggestion, 'ReplicaSet');
  });
  test('warnings: no control-plane toleration (info) and maxSurge with hostPort (R55)', () => {
    const noTol = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: a, image: a}]\n';
    const p = lintManifest(noTol);
    assert.deepEqual(p.map((x) => [x.code, x.severity, noTol.slice(x.start, x.end)]), [['no-control-plane-toleration', 'info', 'spec']]);
    const withSelector = noTol.replace('    spec:\n', '    spec:\n      nodeSelector: {disk: ssd}\n');
    assert.deepEqual(lintManifest(withSelector), []);
    const surge = ds('      containers:\n      - name: a\n        image: a\n        ports: [{containerPort: 80, hostPort: 80}]\n  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0, maxSurge: 1}\n');
    assert.deepEqual(lintManifest(surge).map((x) => [x.code, x.severity]), [['surge-with-host-port', 'warning']]);
  });
  test('every code has a docs link and both languages', () => {
    for (const [code, info] of Object.entries(codeInfo)) {
      assert.ok(info.docs.startsWith('https://'), code);
      assert.ok(info.en({}).length > 5 && info.ko({}).length > 5, code);
    }
  });
  test('a 200-document file with other kinds lints without throwing; garbage never throws', () => {
    const many = Array.from({ length: 200 }, (_, i) => (i % 2 ? fixture('fluentd-seed000.yaml') : 'apiVersion: v1\nkind: ConfigMap\n')).join('---\n');
    assert.deepEqual(lintManifest(many), []);
    for (const g of ['', '---', ':', '- - -', 'apiVersion: apps/v1\nkind: DaemonSet\nspec: 5', 'apiVersion: apps/v1\nkind: DaemonSet\n&a [*a]', '\t\u0000']) assert.doesNotThrow(() => lintManifest(g));
  });
});

suite('manifest/lintManifest: every code', () => {
  const base = (spec: string, podSpec = '', meta = '  name: agent\n') => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n${meta}spec:\n  selector:\n    matchLabels: {app: a}\n${spec}  template:\n    metadata:\n      labels: {app: a}\n    spec:\n      tolerations: [{operator: Exists}]\n${podSpec}      containers: [{name: a, image: a}]\n`;
  const cases: Array<[string, string]> = [
    ['yaml-syntax', 'apiVersion: apps/v1\nkind: DaemonSet\nspec: [\n'],
    ['duplicate-key', 'apiVersion: apps/v1\nkind: DaemonSet\nkind: DaemonSet\n'],
    ['kind-near-miss', 'apiVersion: apps/v1\nkind: Daemonset\n'],
    ['api-version-removed', 'apiVersion: apps/v1beta2\nkind: DaemonSet\n'],
    ['unknown-field', base('  paused: true\n')],
    ['replicas-not-allowed', base('  replicas: 2\n')],
    ['wrong-type', base('  minReadySeconds: soon\n')],
    ['missing-required', 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  selector: {matchLabels: {app: a}}\n'],
    ['invalid-enum', base('', '      dnsPolicy: clusterFirst\n')],
    ['invalid-name', base('', '', '  name: -bad-\n')],
    ['invalid-label', base('', '', '  name: a\n  labels: {"a b": c}\n')],
    ['selector-template-mismatch', base('').replace('labels: {app: a}', 'labels: {app: b}')],
    ['empty-selector', base('').replace('    matchLabels: {app: a}\n', '    matchLabels: {}\n')],
    ['invalid-selector', base('').replace('    matchLabels: {app: a}\n', '    matchExpressions: [{key: app, operator: In}]\n')],
    ['restart-policy-not-always', base('', '      restartPolicy: Never\n')],
    ['active-deadline-forbidden', base('', '      activeDeadlineSeconds: 5\n')],
    ['negative-value', base('  revisionHistoryLimit: -1\n')],
    ['invalid-update-strategy', base('  updateStrategy: {type: Recreate}\n')],
    ['invalid-rolling-update', base('  updateStrategy: {rollingUpdate: {maxUnavailable: 150%}}\n')],
    ['surge-with-unavailable', base('  updateStrategy: {rollingUpdate: {maxSurge: 1}}\n')],
    ['zero-budget', base('  updateStrategy: {rollingUpdate: {maxUnavailable: 0}}\n')],
    ['missing-containers', base('').replace('      containers: [{name: a, image: a}]\n', '      containers: []\n')],
    ['invalid-container', base('').replace('{name: a, image: a}', '{name: a}')],
    ['invalid-port', base('').replace('{name: a, image: a}', '{name: a, image: a, ports: [{containerPort: 70000}]}')],
    ['invalid-resources', base('').replace('{name: a, image: a}', '{name: a, image: a, resources: {limits: {cpu: 1}, requests: {cpu: 2}}}')],
    ['invalid-toleration', base('').replace('[{operator: Exists}]', '[{operator: Equal}]')],
    ['invalid-affinity', base('', '      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}}}\n')],
    ['invalid-field', base('', '      serviceAccountName: Bad_Name\n')],
    ['no-control-plane-toleration', base('').replace('      tolerations: [{operator: Exists}]\n', '')],
    ['surge-with-host-port', base('  updateStrategy: {rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}\n').replace('{name: a, image: a}', '{name: a, image: a, ports: [{containerPort: 80, hostPort: 80}]}')],
  ];
  for (const [code, text] of cases) {
    test(code, () => {
      const problems = lintManifest(text);
      const p = problems.find((x) => x.code === code);
      assert.ok(p, `${code} not in ${JSON.stringify(problems.map((x) => x.code))}`);
      assert.ok(p.start >= 0 && p.end > p.start && p.end <= text.length, `range ${p.start}-${p.end}`);
      assert.ok(lintManifest(text, { lang: 'ko' }).find((x) => x.code === code)!.message !== p.message, 'Korean message differs');
    });
  }
  test('the cases cover the whole union', () => {
    assert.deepEqual(cases.map((c) => c[0]).sort(), Object.keys(codeInfo).sort());
  });
});
