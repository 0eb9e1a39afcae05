import * as assert from 'node:assert/strict';
import { ManualClock, toTimestamp } from '../../../src/core/sim/clock';
import { createRng } from '../../../src/core/sim/rng';

suite('sim/clock and rng', () => {
  test('ManualClock moves only when told and refuses to go back', () => {
    const clock = new ManualClock();
    assert.equal(clock.now(), 0);
    clock.advance(2.5);
    assert.equal(clock.now(), 2.5);
    assert.throws(() => clock.advance(-1), RangeError);
    assert.equal(toTimestamp(61), '2025-01-01T00:01:01Z');
  });
  test('same seed gives the same sequence; different seeds differ', () => {
    const a = createRng(42), b = createRng(42), c = createRng(7);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.int(1000));
    const sa = seq(a);
    assert.deepEqual(sa, seq(b));
    assert.notDeepEqual(sa, seq(c));
  });
});
