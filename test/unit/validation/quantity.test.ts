import * as assert from 'node:assert/strict';
import { compareQuantity, formatQuantity, parseQuantity } from '../../../src/core/validation/quantity';

suite('validation/quantity', () => {
  test('canonical String() forms', () => {
    const cases: Array<[string | number, string]> = [
      ['500m', '500m'], ['0.5', '500m'], [0.5, '500m'], [1, '1'], ['1000', '1k'], ['1500', '1500'], ['1024Mi', '1Gi'],
      ['200Mi', '200Mi'], ['1536Mi', '1536Mi'], ['1.5Gi', '1536Mi'], ['100Ki', '100Ki'], ['512', '512'], ['1e3', '1e3'], ['0', '0'], ['-1', '-1'], ['.5', '500m'], ['1.', '1'],
    ];
    for (const [input, want] of cases) assert.equal(formatQuantity(parseQuantity(input)!), want, String(input));
  });
  test('malformed quantities do not parse', () => {
    for (const bad of ['2 GB', 'abc', '1Mb', '', '1.2.3', 'Mi', '--1']) assert.equal(parseQuantity(bad), undefined, bad);
  });
  test('comparison across formats', () => {
    const q = (s: string) => parseQuantity(s)!;
    assert.equal(compareQuantity(q('1'), q('1000m')), 0);
    assert.equal(compareQuantity(q('1Gi'), q('1G')), 1);
    assert.equal(compareQuantity(q('100m'), q('0.2')), -1);
  });
});
