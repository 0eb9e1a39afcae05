import * as assert from 'node:assert/strict';
import { formatFieldError, type FieldError } from '../../../src/core/validation/fieldError';
import { validateDaemonSet, validateDaemonSetUpdate } from '../../../src/core/validation/validateDaemonSet';

type Json = Record<string, unknown>;

/** The minimal valid DaemonSet of the conformance scenarios (VAL-*), with deep overrides. */
function newDaemonSet(mutate: (ds: Json & { metadata: Json; spec: Json & { template: Json & { metadata: Json; spec: Json } } }) => void = () => {}): Json {
  const ds = {
    apiVersion: 'apps/v1', kind: 'DaemonSet',
    metadata: { name: 'agent' } as Json,
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } } as Json, spec: { containers: [{ name: 'agent', image: 'agent:1.0' }] } as Json },
    } as Json & { template: Json & { metadata: Json; spec: Json } },
  };
  mutate(ds);
  return ds;
}

const summary = (errs: FieldError[]) => errs.map((e) => `${e.field}|${e.type}|${e.detail}`);
const dnsSubdomainMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const percentMsg = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

suite('validateDaemonSet: metadata (R5, R6)', () => {
  test('a valid DaemonSet has no errors', () => {
    assert.deepEqual(validateDaemonSet(newDaemonSet()), []);
  });
  test('VAL-01: uppercase name gives exactly the DNS-1123 subdomain error', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.metadata.name = 'MyAgent'; }));
    assert.deepEqual(summary(errs), [`metadata.name|Invalid|${dnsSubdomainMsg}`]);
    assert.equal(formatFieldError(errs[0]), `metadata.name: Invalid value: "MyAgent": ${dnsSubdomainMsg}`);
  });
  test('a 254-character invalid name gives both messages; 253 valid characters pass', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.metadata.name = 'A' + 'a'.repeat(253); }));
    assert.deepEqual(errs.map((e) => e.detail), ['must be no more than 253 characters', dnsSubdomainMsg]);
    assert.deepEqual(validateDaemonSet(newDaemonSet((d) => { d.metadata.name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`; })), []);
  });
  test('missing name is Required', () => {
    assert.deepEqual(summary(validateDaemonSet(newDaemonSet((d) => { delete d.metadata.name; }))), ['metadata.name|Required|name or generateName is required']);
  });
  test('label keys and values are checked; template labels are reported at spec.template.labels', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.metadata.labels = { 'bad key!': 'x', ok: '-bad-' };
      d.spec.selector = { matchLabels: { app: 'agent', 'example.com/tier': 'a'.repeat(64) } };
      d.spec.template.metadata.labels = { app: 'agent', 'example.com/tier': 'a'.repeat(64) };
    }));
    assert.deepEqual(errs.map((e) => `${e.field}|${String(e.badValue).slice(0, 10)}|${e.detail.slice(0, 40)}`), [
      "metadata.labels|bad key!|name part must consist of alphanumeric c",
      'metadata.labels|-bad-|a valid label must be an empty string or',
      'spec.selector.matchLabels|aaaaaaaaaa|must be no more than 63 characters',
      'spec.template.labels|aaaaaaaaaa|must be no more than 63 characters',
    ]);
    assert.match(errs[0].detail, /\(e\.g\. 'MyName', {2}or 'my\.name', {2}or '123-abc', regex used for validation is '\(\[A-Za-z0-9\]\[-A-Za-z0-9_\.\]\*\)\?\[A-Za-z0-9\]'\)$/);
  });
  test('label key prefix rules', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.metadata.labels = { '/x': 'v', 'Example.com/x': 'v', 'a/b/c': 'v' }; }));
    assert.deepEqual(errs.map((e) => e.detail.slice(0, 30)), ['prefix part must be non-empty', 'prefix part a lowercase RFC 11', "a qualified name must consist "]);
  });
});

suite('validateDaemonSet: selector (R7, R8)', () => {
  test('VAL-04: selector that does not match the template labels', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.metadata.labels = { app: 'other' }; }));
    assert.deepEqual(summary(errs), ['spec.template.metadata.labels|Invalid|`selector` does not match template `labels`']);
  });
  test('a nil selector only gives the mismatch error, never spec.selector Required', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { delete d.spec.selector; }));
    assert.deepEqual(summary(errs), ['spec.template.metadata.labels|Invalid|`selector` does not match template `labels`']);
  });
  test('an empty selector is invalid for a DaemonSet, without a mismatch error', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.selector = {}; }));
    assert.deepEqual(summary(errs), ['spec.selector|Invalid|empty selector is invalid for daemonset']);
  });
  test('matchExpressions are evaluated against the template labels', () => {
    const ok = newDaemonSet((d) => { d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['agent', 'x'] }, { key: 'tier', operator: 'DoesNotExist' }] }; });
    assert.deepEqual(validateDaemonSet(ok), []);
    const bad = newDaemonSet((d) => { d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['agent'] }] }; });
    assert.deepEqual(summary(validateDaemonSet(bad)), ['spec.template.metadata.labels|Invalid|`selector` does not match template `labels`']);
  });
  test('malformed selector requirements are reported under spec.selector.matchExpressions[i] and skip the match check', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'in', values: ['agent'] }, { key: 'a', operator: 'In' }, { key: 'b', operator: 'Exists', values: ['x'] }] };
    }));
    assert.deepEqual(summary(errs), [
      'spec.selector.matchExpressions[0].operator|Invalid|not a valid selector operator',
      "spec.selector.matchExpressions[1].values|Required|must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[2].values|Forbidden|may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    ]);
  });
  test('VAL-16: the selector is immutable on update; an unchanged selector passes', () => {
    const old = newDaemonSet((d) => { d.spec.template.metadata.labels = { app: 'agent', tier: 'node' }; });
    const next = newDaemonSet((d) => { d.spec.selector = { matchLabels: { app: 'agent', tier: 'node' } }; d.spec.template.metadata.labels = { app: 'agent', tier: 'node' }; });
    assert.deepEqual(summary(validateDaemonSetUpdate(next, old)), ['spec.selector|Invalid|field is immutable']);
    assert.deepEqual(validateDaemonSetUpdate(old, old), []);
    const withEmptyExprs = newDaemonSet((d) => { d.spec.selector = { matchLabels: { app: 'agent' }, matchExpressions: [] }; });
    assert.deepEqual(validateDaemonSetUpdate(withEmptyExprs, newDaemonSet()), [], 'nil and empty lists are semantically equal');
  });
});

suite('validateDaemonSet: template spec (R9, R14)', () => {
  test('VAL-07: restartPolicy OnFailure is NotSupported with supported values "Always" only', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.restartPolicy = 'OnFailure'; }));
    assert.deepEqual(summary(errs), ['spec.template.spec.restartPolicy|NotSupported|supported values: "Always"']);
    assert.equal(formatFieldError(errs[0]), 'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"');
  });
  test('an unknown restartPolicy also fails the pod-level check', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.restartPolicy = 'Sometimes'; }));
    assert.deepEqual(summary(errs), [
      'spec.template.spec.restartPolicy|NotSupported|supported values: "Always", "OnFailure", "Never"',
      'spec.template.spec.restartPolicy|NotSupported|supported values: "Always"',
    ]);
  });
  test('activeDeadlineSeconds is Forbidden', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.activeDeadlineSeconds = 30; }));
    assert.deepEqual(summary(errs), ['spec.template.spec.activeDeadlineSeconds|Forbidden|activeDeadlineSeconds in DaemonSet is not Supported']);
  });
  test('containers are Required; names are DNS-1123 labels and unique; image is Required', () => {
    assert.deepEqual(summary(validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.containers = []; }))), ['spec.template.spec.containers|Required|']);
    assert.deepEqual(summary(validateDaemonSet(newDaemonSet((d) => { delete d.spec.template.spec.containers; }))), ['spec.template.spec.containers|Required|']);
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.containers = [{ name: 'Agent_1', image: 'a' }, { name: 'b' }, { name: 'b', image: 'b' }]; }));
    assert.deepEqual(errs.map((e) => `${e.field}|${e.type}`), [
      'spec.template.spec.containers[0].name|Invalid', 'spec.template.spec.containers[1].image|Required', 'spec.template.spec.containers[2].name|Duplicate',
    ]);
    assert.match(errs[0].detail, /^a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character \(e\.g\. 'my-name', {2}or '123-abc'/);
  });
  test('ports: containerPort 1–65535 and Required, hostPort range, protocol TCP/UDP/SCTP, duplicate hostPort', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.containers = [{ name: 'a', image: 'a', ports: [{ containerPort: 70000 }, { hostPort: 0 }, { containerPort: 80, hostPort: 99999, protocol: 'tcp' }, { containerPort: 81, hostPort: 9100 }] },
        { name: 'b', image: 'b', ports: [{ containerPort: 82, hostPort: 9100, protocol: 'TCP' }] }];
    }));
    assert.deepEqual(summary(errs), [
      'spec.template.spec.containers[0].ports[0].containerPort|Invalid|must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[0].ports[1].containerPort|Required|',
      'spec.template.spec.containers[0].ports[2].hostPort|Invalid|must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[0].ports[2].protocol|NotSupported|supported values: "SCTP", "TCP", "UDP"',
      'spec.template.spec.containers[1].ports[0].hostPort|Duplicate|',
    ]);
    assert.equal(formatFieldError(errs[4]), 'spec.template.spec.containers[1].ports[0].hostPort: Duplicate value: "/TCP/9100"');
  });
  test('hostNetwork: a hostPort other than 0 must equal containerPort', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.hostNetwork = true;
      d.spec.template.spec.containers = [{ name: 'a', image: 'a', ports: [{ containerPort: 9100 }, { containerPort: 9101, hostPort: 9101 }, { containerPort: 9102, hostPort: 9200 }] }];
    }));
    assert.deepEqual(summary(errs), ['spec.template.spec.containers[0].ports[2].hostPort|Invalid|must match `containerPort` when `hostNetwork` is true']);
  });
  test('resources: requests must not exceed limits (reported at resources.requests); quantity syntax; non-negative', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.containers = [{ name: 'a', image: 'a', resources: { limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: 1, memory: '1024Mi', 'ephemeral-storage': '-1', gpu: '2 GB' } } }];
    }));
    assert.deepEqual(errs.map((e) => formatFieldError(e)), [
      'spec.template.spec.containers[0].resources.requests[ephemeral-storage]: Invalid value: "-1": must be greater than or equal to 0',
      "spec.template.spec.containers[0].resources.requests[gpu]: Invalid value: \"2 GB\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      'spec.template.spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
    ]);
  });
  test('volumeMounts must name a volume; volume names are DNS labels', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.volumes = [{ name: 'varlog', hostPath: { path: '/var/log' } }, { name: 'Bad_Vol', emptyDir: {} }];
      d.spec.template.spec.containers = [{ name: 'a', image: 'a', volumeMounts: [{ name: 'varlog', mountPath: '/var/log' }, { name: 'varlib', mountPath: '/var/lib' }, { name: 'varlog', mountPath: '/var/log' }] }];
    }));
    assert.deepEqual(errs.map((e) => `${e.field}|${e.type}`), [
      'spec.template.spec.volumes[1].name|Invalid',
      'spec.template.spec.containers[0].volumeMounts[1].name|NotFound',
      'spec.template.spec.containers[0].volumeMounts[2].mountPath|Invalid',
    ]);
  });
  test('imagePullPolicy and dnsPolicy enums', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.dnsPolicy = 'clusterfirst';
      d.spec.template.spec.containers = [{ name: 'a', image: 'a', imagePullPolicy: 'always' }];
    }));
    assert.deepEqual(summary(errs), [
      'spec.template.spec.containers[0].imagePullPolicy|NotSupported|supported values: "Always", "IfNotPresent", "Never"',
      'spec.template.spec.dnsPolicy|NotSupported|supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ]);
  });
});

suite('validateDaemonSet: tolerations, affinity, nodeSelector (R14)', () => {
  test('toleration rules', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.tolerations = [
        { operator: 'Equal', value: 'x' },
        { key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 30 },
        { key: 'k', operator: 'Exists', value: 'v' },
        { key: 'node-role.kubernetes.io/control-plane', operator: 'Exist', effect: 'NoSchedul' },
        { key: 'k', value: 'bad value' },
        { operator: 'Exists' },
      ];
    }));
    assert.deepEqual(summary(errs), [
      'spec.template.spec.tolerations[0].operator|Invalid|operator must be Exists when `key` is empty, which means "match all values and all keys"',
      "spec.template.spec.tolerations[1].effect|Invalid|effect must be 'NoExecute' when `tolerationSeconds` is set",
      "spec.template.spec.tolerations[2].operator|Invalid|value must be empty when `operator` is 'Exists'",
      'spec.template.spec.tolerations[3].operator|NotSupported|supported values: "Equal", "Exists"',
      'spec.template.spec.tolerations[3].effect|NotSupported|supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      `spec.template.spec.tolerations[4].operator|Invalid|${errs[5].detail}`,
    ]);
    assert.match(errs[5].detail, /^a valid label must be an empty string/);
  });
  test('node affinity rules', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.affinity = { nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{
          matchExpressions: [{ key: 'a', operator: 'In' }, { key: 'b', operator: 'Exists', values: ['x'] }, { key: 'c', operator: 'Gt', values: ['1', '2'] }, { key: 'd', operator: 'Equals', values: ['x'] }],
          matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1', 'n2'] }, { key: 'metadata.labels', operator: 'Exists' }],
        }] },
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: { matchExpressions: [{ key: 'a', operator: 'In', values: ['x'] }] } }],
      } };
    }));
    const t = 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]';
    assert.deepEqual(summary(errs), [
      `${t}.matchExpressions[0].values|Required|must be specified when \`operator\` is 'In' or 'NotIn'`,
      `${t}.matchExpressions[1].values|Forbidden|may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
      `${t}.matchExpressions[2].values|Required|must be specified single value when \`operator\` is 'Lt' or 'Gt'`,
      `${t}.matchExpressions[3].operator|Invalid|not a valid selector operator`,
      `${t}.matchFields[0].values|Required|must be only one value when \`operator\` is 'In' or 'NotIn' for node field selector`,
      `${t}.matchFields[1].operator|Invalid|not a valid selector operator`,
      `${t}.matchFields[1].key|Invalid|not a valid field selector key`,
      'spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight|Invalid|must be in the range 1-100',
    ]);
    const empty = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } }; }));
    assert.deepEqual(summary(empty), ['spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms|Required|must have at least one node selector term']);
  });
  test('nodeSelector follows the label rules', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.template.spec.nodeSelector = { 'kubernetes.io/os': 'linux', disk: 'ssd!' }; }));
    assert.deepEqual(errs.map((e) => e.field), ['spec.template.spec.nodeSelector']);
  });
});

suite('validateDaemonSet: numbers and update strategy (R10–R13)', () => {
  test('minReadySeconds and revisionHistoryLimit must be >= 0 (0 allowed)', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.minReadySeconds = -1; d.spec.revisionHistoryLimit = -2; }));
    assert.deepEqual(errs.map(formatFieldError), [
      'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
    ]);
    assert.deepEqual(validateDaemonSet(newDaemonSet((d) => { d.spec.minReadySeconds = 0; d.spec.revisionHistoryLimit = 0; })), []);
  });
  test('an unknown strategy type is NotSupported at spec.updateStrategy', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => { d.spec.updateStrategy = { type: 'Rollingupdate' }; }));
    assert.deepEqual(summary(errs), ['spec.updateStrategy|NotSupported|supported values: "RollingUpdate", "OnDelete"']);
  });
  const ru = (rollingUpdate: Json) => validateDaemonSet(newDaemonSet((d) => { d.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate }; }));
  const p = 'spec.updateStrategy.rollingUpdate';
  test('VAL-09: only maxSurge set is rejected because maxUnavailable defaults to 1; with maxUnavailable 0 it passes', () => {
    assert.deepEqual(summary(ru({ maxSurge: 1 })), [`${p}.maxSurge|Invalid|may not be set when maxUnavailable is non-zero`]);
    assert.deepEqual(ru({ maxUnavailable: 0, maxSurge: 1 }), []);
    assert.deepEqual(ru({ maxUnavailable: '0%', maxSurge: '10%' }), []);
  });
  test('both zero: Required at maxUnavailable', () => {
    assert.deepEqual(summary(ru({ maxUnavailable: 0, maxSurge: 0 })), [`${p}.maxUnavailable|Required|cannot be 0 when maxSurge is 0`]);
    assert.deepEqual(summary(ru({ maxUnavailable: '0%' })), [`${p}.maxUnavailable|Required|cannot be 0 when maxSurge is 0`]);
  });
  test('maxUnavailable "abc" gives two errors (percent format and cannot be 0)', () => {
    assert.deepEqual(summary(ru({ maxUnavailable: 'abc' })), [`${p}.maxUnavailable|Invalid|${percentMsg}`, `${p}.maxUnavailable|Required|cannot be 0 when maxSurge is 0`]);
  });
  test('negative ints, percent over 100, numeric strings count as their number', () => {
    assert.deepEqual(summary(ru({ maxUnavailable: -1, maxSurge: 0 })), [`${p}.maxUnavailable|Invalid|must be greater than or equal to 0`]);
    assert.deepEqual(ru({ maxUnavailable: '110%' }).map(formatFieldError), [`${p}.maxUnavailable: Invalid value: "110%": must not be greater than 100%`]);
    assert.deepEqual(summary(ru({ maxUnavailable: 0, maxSurge: '5' })), [`${p}.maxSurge|Invalid|${percentMsg}`]);
  });
  test('R13: OnDelete rollingUpdate is not checked, even both zero', () => {
    assert.deepEqual(validateDaemonSet(newDaemonSet((d) => { d.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { maxUnavailable: 0, maxSurge: 'abc' } }; })), []);
  });
  test('a defaulted object (R1/R2 applied) validates the same way', () => {
    const defaulted = newDaemonSet((d) => {
      d.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } };
      d.spec.revisionHistoryLimit = 10;
      Object.assign(d.spec.template.spec, { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', securityContext: {} });
      d.spec.template.spec.containers = [{ name: 'agent', image: 'agent:1.0', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', ports: [{ containerPort: 80, protocol: 'TCP' }] }];
    });
    assert.deepEqual(validateDaemonSet(defaulted), []);
  });
});

suite('validateDaemonSet: garbage input never throws', () => {
  test('non-objects and wrong types become errors', () => {
    for (const v of [null, undefined, 42, 'x', [], true]) assert.equal(validateDaemonSet(v).length, 1);
    const errs = validateDaemonSet({ metadata: { name: 5, labels: { version: 1.0 } }, spec: { minReadySeconds: '5', selector: 'app=agent', template: { spec: { containers: 'agent' } } } });
    assert.deepEqual(errs.map((e) => `${e.field}|${e.type}`), [
      'metadata.name|Invalid', 'metadata.labels[version]|Invalid', 'spec.selector|Invalid', 'spec.template.spec.containers|Invalid',
      'spec.minReadySeconds|Invalid',
    ]);
    assert.equal(errs[0].detail, 'must be of type string, not integer');
  });
  test('random shapes do not throw', () => {
    const shapes: unknown[] = [1, 'x', null, [], {}, [1, { a: 1 }], { name: 1 }, true];
    const keys = ['metadata', 'spec', 'selector', 'template', 'containers', 'ports', 'tolerations', 'affinity', 'updateStrategy', 'rollingUpdate', 'resources', 'limits'];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let i = 0; i < 300; i++) {
      const ds = newDaemonSet();
      const target = [ds, ds.spec, (ds.spec as Json).template, ((ds.spec as Json).template as Json).spec][rnd(4)] as Json;
      target[keys[rnd(keys.length)]] = shapes[rnd(shapes.length)];
      assert.doesNotThrow(() => validateDaemonSet(ds));
      assert.doesNotThrow(() => validateDaemonSetUpdate(ds, newDaemonSet()));
    }
  });
});

suite('validateDaemonSet: pod (anti-)affinity', () => {
  test('topologyKey is required and a label name; selectors and weights are checked', () => {
    const errs = validateDaemonSet(newDaemonSet((d) => {
      d.spec.template.spec.affinity = { podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchExpressions: [{ key: 'app', operator: 'in', values: ['x'] }] }, topologyKey: 'kubernetes.io/hostname' }],
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 101, podAffinityTerm: { topologyKey: '' } }],
      } };
    }));
    const p = 'spec.template.spec.affinity.podAntiAffinity';
    assert.deepEqual(errs.map((e) => `${e.field}|${e.type}|${e.detail.slice(0, 30)}`), [
      `${p}.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].operator|Invalid|not a valid selector operator`,
      `${p}.preferredDuringSchedulingIgnoredDuringExecution[0].weight|Invalid|must be in the range 1-100`,
      `${p}.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey|Required|can not be empty`,
      `${p}.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey|Invalid|name part must be non-empty`,
      `${p}.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey|Invalid|name part must consist of alph`,
    ]);
  });
});
