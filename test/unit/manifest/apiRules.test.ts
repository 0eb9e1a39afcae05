/**
 * One test per rule: each API-server validation rule (and each schema rule) on a DaemonSet whose expected ranges
 * are marked with carets under the line, named after the Kubernetes function the rule mirrors
 * (kubernetes/kubernetes pkg/apis/apps/validation, pkg/apis/core/validation, apimachinery's metav1 validation).
 */
import * as assert from 'node:assert/strict';
import { lintManifest } from '../../../src/core/manifest/lintManifest';
import type { ProblemCode } from '../../../src/core/manifest/problemCodes';

/**
 * A text whose lines of carets (`^^^`, only spaces and carets) mark ranges on the line above them; the caret lines
 * are not part of the text.
 */
export function caretMarked(src: string): { text: string; ranges: Array<{ start: number; end: number }> } {
  const out: string[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  let offset = 0;
  let lastLineStart = -1;
  for (const line of src.split('\n')) {
    if (/^ *\^[ ^]*$/.test(line) && lastLineStart >= 0) {
      for (const m of line.matchAll(/\^+/g)) ranges.push({ start: lastLineStart + m.index, end: lastLineStart + m.index + m[0].length });
      continue;
    }
    lastLineStart = offset;
    out.push(line);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), ranges };
}

/** A valid DaemonSet with a place for spec fields, pod-spec fields and metadata. */
const ds = ({ meta = '  name: agent\n', spec = '', pod = '', selector = '    matchLabels: {app: a}\n', labels = '      labels: {app: a}\n', containers = '      containers: [{name: a, image: a}]\n' } = {}) =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n${meta}spec:\n  selector:\n${selector}${spec}  template:\n    metadata:\n${labels}    spec:\n      tolerations: [{operator: Exists}]\n${pod}${containers}`;

interface Rule { code: ProblemCode; mirrors: string; text: string; path: string }

const rules: Rule[] = [
  { code: 'invalid-name', mirrors: 'ValidateObjectMeta with ValidateDaemonSetName (NameIsDNSSubdomain)', path: 'metadata.name',
    text: ds({ meta: '  name: Node_Agent\n        ^^^^^^^^^^\n' }) },
  { code: 'invalid-label', mirrors: 'metav1validation.ValidateLabels (IsQualifiedName, IsValidLabelValue)', path: 'metadata.labels',
    text: ds({ meta: '  name: a\n  labels: {"a b": c, ok: "-bad"}\n           ^^^^^         ^^^^^^\n' }) },
  { code: 'selector-template-mismatch', mirrors: 'ValidateDaemonSetSpec (selector.Matches(template labels))', path: 'spec.template.metadata.labels',
    text: ds({ labels: '      labels: {app: b}\n      ^^^^^^\n' }) },
  { code: 'empty-selector', mirrors: 'ValidateDaemonSetSpec ("empty selector is invalid for daemonset")', path: 'spec.selector',
    text: ds({ selector: '    matchLabels: {}\n' }).replace('  selector:\n', '  selector:\n  ^^^^^^^^\n') },
  { code: 'invalid-selector', mirrors: 'metav1validation.ValidateLabelSelectorRequirement', path: 'spec.selector.matchExpressions[0].values',
    text: ds({ selector: '    matchExpressions: [{key: a, operator: In}]\n                       ^^^^^^^^^^^^^^^^^^^^^^\n', labels: '      labels: {a: x}\n' }) },
  { code: 'restart-policy-not-always', mirrors: 'ValidateDaemonSetSpec (RestartPolicy must be Always)', path: 'spec.template.spec.restartPolicy',
    text: ds({ pod: '      restartPolicy: Never\n                     ^^^^^\n' }) },
  { code: 'active-deadline-forbidden', mirrors: 'ValidateDaemonSetSpec (ActiveDeadlineSeconds Forbidden)', path: 'spec.template.spec.activeDeadlineSeconds',
    text: ds({ pod: '      activeDeadlineSeconds: 5\n                             ^\n' }) },
  { code: 'negative-value', mirrors: 'ValidateDaemonSetSpec with ValidateNonnegativeField', path: 'spec.minReadySeconds',
    text: ds({ spec: '  minReadySeconds: -1\n                   ^^\n  revisionHistoryLimit: -2\n                        ^^\n' }) },
  { code: 'invalid-update-strategy', mirrors: 'ValidateDaemonSetUpdateStrategy', path: 'spec.updateStrategy',
    text: ds({ spec: '  updateStrategy: {type: Recreate}\n                         ^^^^^^^^\n' }) },
  { code: 'invalid-rolling-update', mirrors: 'ValidateRollingUpdateDaemonSet (IsNotMoreThan100Percent)', path: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
    text: ds({ spec: '  updateStrategy: {rollingUpdate: {maxUnavailable: 150%}}\n                                                   ^^^^\n' }) },
  { code: 'surge-with-unavailable', mirrors: 'ValidateRollingUpdateDaemonSet (maxSurge may not be set when maxUnavailable is non-zero)', path: 'spec.updateStrategy.rollingUpdate.maxSurge',
    text: ds({ spec: '  updateStrategy: {rollingUpdate: {maxUnavailable: 1, maxSurge: 1}}\n                                                                ^\n' }) },
  { code: 'zero-budget', mirrors: 'ValidateRollingUpdateDaemonSet (maxUnavailable cannot be 0 when maxSurge is 0)', path: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
    text: ds({ spec: '  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0\n                      ^\n' }) },
  { code: 'missing-containers', mirrors: 'ValidatePodSpec → validateContainers (Required)', path: 'spec.template.spec.containers',
    text: ds({ containers: '      containers: []\n      ^^^^^^^^^^\n' }) },
  { code: 'invalid-container', mirrors: 'validateContainerCommon (container name is a DNS-1123 label)', path: 'spec.template.spec.containers[0].name',
    text: ds({ containers: '      containers:\n      - name: Agent\n              ^^^^^\n        image: a\n' }) },
  { code: 'invalid-port', mirrors: 'validateContainerPorts', path: 'spec.template.spec.containers[0].ports[0].containerPort',
    text: ds({ containers: '      containers:\n      - name: a\n        image: a\n        ports:\n        - containerPort: 70000\n                         ^^^^^\n' }) },
  { code: 'invalid-resources', mirrors: 'ValidateContainerResourceRequirements (requests ≤ limits)', path: 'spec.template.spec.containers[0].resources.requests',
    text: ds({ containers: '      containers:\n      - name: a\n        image: a\n        resources:\n          limits: {cpu: 1}\n          requests: {cpu: 2}\n                          ^\n' }) },
  { code: 'invalid-toleration', mirrors: 'ValidateTolerations (value must be empty when operator is Exists)', path: 'spec.template.spec.tolerations[0].operator',
    text: ds().replace('      tolerations: [{operator: Exists}]\n', '      tolerations:\n      - key: a\n        operator: Exists\n                  ^^^^^^\n        value: b\n') },
  { code: 'invalid-affinity', mirrors: 'validateNodeAffinity → ValidateNodeSelector (nodeSelectorTerms Required)', path: 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms',
    text: ds({ pod: '      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms: []\n            ^^^^^^^^^^^^^^^^^\n' }) },
  { code: 'invalid-field', mirrors: 'ValidatePodSpec → ValidateServiceAccountName', path: 'spec.template.spec.serviceAccountName',
    text: ds({ pod: '      serviceAccountName: Bad_Name\n                          ^^^^^^^^\n' }) },
  { code: 'invalid-enum', mirrors: 'validateDNSPolicy', path: 'spec.template.spec.dnsPolicy',
    text: ds({ pod: '      dnsPolicy: clusterFirst\n                 ^^^^^^^^^^^^\n' }) },
  { code: 'replicas-not-allowed', mirrors: 'strict field validation (unknown field "spec.replicas")', path: 'spec.replicas',
    text: ds({ spec: '  replicas: 2\n  ^^^^^^^^\n' }) },
  { code: 'unknown-field', mirrors: 'strict field validation against the v1.30 OpenAPI schema (unknown field)', path: 'spec.paused',
    text: ds({ spec: '  paused: true\n  ^^^^^^\n' }) },
  { code: 'wrong-type', mirrors: 'the OpenAPI type of the field (JSON decoding: cannot unmarshal string into int32)', path: 'spec.minReadySeconds',
    text: ds({ spec: '  minReadySeconds: soon\n                   ^^^^\n' }) },
];

suite('manifest: every API-server rule at its caret-marked range', () => {
  test('caretMarked reads ranges from the caret lines and drops them', () => {
    const { text, ranges } = caretMarked('a: bcd\n   ^^^\nef: g\n^^  ^\n');
    assert.equal(text, 'a: bcd\nef: g\n');
    assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['bcd', 'ef', 'g']);
  });

  for (const rule of rules) {
    test(`${rule.code} — mirrors ${rule.mirrors}`, () => {
      const { text, ranges } = caretMarked(rule.text);
      assert.ok(ranges.length > 0, 'the case marks at least one range');
      const problems = lintManifest(text).filter((p) => p.code === rule.code);
      assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), ranges.map((r) => text.slice(r.start, r.end)));
      assert.deepEqual(problems.map((p) => [p.start, p.end]), ranges.map((r) => [r.start, r.end]));
      assert.equal(problems[0].path, rule.path);
      // Nothing else in the document is flagged as an error: each case breaks exactly one rule.
      assert.deepEqual(lintManifest(text).filter((p) => p.severity === 'error' && p.code !== rule.code).map((p) => p.code), []);
    });
  }
});
