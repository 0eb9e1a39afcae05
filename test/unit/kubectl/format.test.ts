import * as assert from 'node:assert/strict';
import { humanDuration } from '../../../src/core/kubectl/duration';
import { tabwrite, getTable } from '../../../src/core/kubectl/tabwriter';
import { formatLabels, formatLabelSelector, matches, parseSelector, selectorString } from '../../../src/core/kubectl/labels';
import { formatCpu, formatMemory, parseQuantity } from '../../../src/core/kubectl/quantity';
import { customColumns, printJsonPath } from '../../../src/core/kubectl/printers/jsonpath';

suite('kubectl/HumanDuration (R90)', () => {
  const table: [number, string][] = [
    [-5, '<invalid>'], [-1, '0s'], [0, '0s'], [59, '59s'], [119, '119s'], [120, '2m'], [150, '2m30s'], [599, '9m59s'], [600, '10m'],
    [3600, '60m'], [3 * 3600 - 1, '179m'], [3 * 3600, '3h'], [4 * 3600, '4h'], [4 * 3600 + 90, '4h1m'], [8 * 3600 - 1, '7h59m'],
    [8 * 3600, '8h'], [47 * 3600 + 3599, '47h'], [48 * 3600, '2d'], [5 * 86400 + 10 * 3600, '5d10h'], [8 * 86400 - 1, '7d23h'], [8 * 86400, '8d'],
    [730 * 86400 - 1, '729d'], [730 * 86400, '2y'], [800 * 86400, '2y70d'], [8 * 365 * 86400, '8y'], [20 * 365 * 86400, '20y'],
  ];
  for (const [s, want] of table) test(`${s}s → ${want}`, () => assert.equal(humanDuration(s), want));
  test('KCT-01 ages', () => {
    assert.deepEqual([90, 150, 3600, 14400].map(humanDuration), ['90s', '2m30s', '60m', '4h']);
  });
});

suite('kubectl/tabwriter', () => {
  test('columns padded to widest cell + padding; last cell not padded', () => {
    assert.equal(tabwrite('NAME\tAGE\nlonger-name\t5s', 0, 3), 'NAME          AGE\nlonger-name   5s');
  });
  test('minwidth applies (kubectl get uses 6)', () => {
    assert.equal(getTable([['A', 'B'], ['x', 'y']]), 'A     B\nx     y\n');
  });
  test('a line without tabs ends a column block (describe sections align separately)', () => {
    assert.equal(tabwrite('a:\tx\nlong-key:\ty\nplain line\nb:\tz\n', 0, 2), 'a:         x\nlong-key:  y\nplain line\nb:  z\n');
  });
  test('nested blocks: column 2 aligns only across lines that have it', () => {
    assert.equal(tabwrite('a\tb\tc\naa\tbbbb\tc\nx\ty', 0, 1), 'a  b    c\naa bbbb c\nx  y');
  });
  test('rollout history layout (padding 2)', () => {
    assert.equal(tabwrite('REVISION\tCHANGE-CAUSE\n3\t<none>\n4\t<none>\n', 0, 2), 'REVISION  CHANGE-CAUSE\n3         <none>\n4         <none>\n');
  });
});

suite('kubectl/labels', () => {
  test('FormatLabels sorts keys and prints <none> for empty', () => {
    assert.equal(formatLabels({ b: '2', a: '1' }), 'a=1,b=2');
    assert.equal(formatLabels({}), '<none>');
    assert.equal(formatLabels(undefined), '<none>');
  });
  test('FormatLabelSelector prints matchLabels and expressions sorted by key', () => {
    assert.equal(formatLabelSelector({ matchLabels: { app: 'agent' } }), 'app=agent');
    assert.equal(formatLabelSelector({ matchLabels: { z: '1' }, matchExpressions: [{ key: 'a', operator: 'In', values: ['y', 'x'] }, { key: 'b', operator: 'DoesNotExist' }, { key: 'c', operator: 'Exists' }, { key: 'd', operator: 'NotIn', values: ['q'] }] }),
      'a in (x,y),!b,c,d notin (q),z=1');
    assert.equal(formatLabelSelector({}), '<none>');
  });
  test('parseSelector understands =, ==, !=, in, notin, exists, !key', () => {
    const r = parseSelector('app=agent,tier==web,env!=prod,zone in (a, b),role notin (x),gpu,!spot');
    assert.equal(selectorString(r), 'app=agent,env!=prod,gpu,role notin (x),!spot,tier==web,zone in (a,b)');
    const ok = { app: 'agent', tier: 'web', env: 'dev', zone: 'b', role: 'y', gpu: '' };
    assert.equal(matches(r, ok), true);
    assert.equal(matches(r, { ...ok, spot: 'true' }), false);
    assert.equal(matches(r, { ...ok, zone: 'c' }), false);
    assert.equal(matches(parseSelector('env!=prod'), {}), true);
    assert.throws(() => parseSelector('a=b,,'), /unable to parse requirement/);
  });
});

suite('kubectl/quantity', () => {
  test('parses and prints cpu and memory canonically', () => {
    assert.equal(parseQuantity('100m'), 0.1);
    assert.equal(parseQuantity('200Mi'), 200 * 1024 * 1024);
    assert.equal(formatCpu(0.1 + 0.2), '300m');
    assert.equal(formatCpu(2), '2');
    assert.equal(formatMemory(300 * 1024 * 1024), '300Mi');
    assert.equal(formatMemory(1e9), '1G');
    assert.equal(formatMemory(0), '0');
  });
});

suite('kubectl/jsonpath and custom-columns', () => {
  const node = { metadata: { name: 'n1', labels: { 'kubernetes.io/hostname': 'n1' } }, status: { conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: 'True' }] } };
  const list = { apiVersion: 'v1', kind: 'List', items: [node, { metadata: { name: 'n2' }, status: { conditions: [{ type: 'Ready', status: 'False' }] } }] };
  test('fields, wildcards, filters, escaped dots, range and literals', () => {
    assert.equal(printJsonPath('{.metadata.name}', node), 'n1');
    assert.equal(printJsonPath('{.items[*].metadata.name}', list), 'n1 n2');
    assert.equal(printJsonPath('{.status.conditions[?(@.type=="Ready")].status}', node), 'True');
    assert.equal(printJsonPath('{.metadata.labels.kubernetes\\.io/hostname}', node), 'n1');
    assert.equal(printJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.status.conditions[-1].status}{"\\n"}{end}', list), 'n1\tTrue\nn2\tFalse\n');
    assert.equal(printJsonPath('name={.metadata.name} missing={.spec.nothing}', node), 'name=n1 missing=');
    assert.equal(printJsonPath('{.items[0:1].metadata.name}', list), 'n1');
    assert.equal(printJsonPath('{.metadata.labels}', node), '{"kubernetes.io/hostname":"n1"}');
  });
  test('custom-columns rows with <none> for missing values', () => {
    assert.deepEqual(customColumns('NAME:.metadata.name,HOST:.metadata.labels.kubernetes\\.io/hostname', list.items), [['NAME', 'HOST'], ['n1', 'n1'], ['n2', '<none>']]);
    assert.throws(() => customColumns('NAME', []), /expected <header>:<json-path-expr>/);
  });
});
