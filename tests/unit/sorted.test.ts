// scripts/stages/sorted.ts: a value looked up in a sorted list by halves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countBelow } from '../../scripts/stages/sorted.ts';

describe('countBelow', () => {
  it('counts the values below a value (or at most it), as a scan of the list would', () => {
    assert.equal(countBelow([], 3), 0);
    assert.equal(countBelow([1, 3, 3, 7], 3), 1);
    assert.equal(countBelow([1, 3, 3, 7], 3, true), 3);
    assert.equal(countBelow([1, 3, 3, 7], 10), 4);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), fc.boolean(), (values, v, orEqual) => {
        const sorted = [...values].sort((a, b) => a - b);
        assert.equal(countBelow(sorted, v, orEqual), sorted.filter((x) => x < v || (orEqual && x === v)).length);
      }),
    );
  });
});
