// edges/pdf-parts.ts: which slides each part of a large deck's PDF prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partRanges } from '../../scripts/edges/pdf-parts.ts';

describe('partRanges', () => {
  it('prints a deck of up to two parts in one print, to its end', () => {
    assert.deepEqual(partRanges(200, 'slides', 200), [[0, null]]);
    assert.deepEqual(partRanges(400, 'notes', 200), [[0, null]]);
    assert.deepEqual(partRanges(401, 'notes', 200).length, 3);
    assert.deepEqual(partRanges(1, 'notes', 200), [[0, null]]);
  });

  it('prints a larger deck in parts that cover every slide once, in order', () => {
    const ranges = partRanges(450, 'slides', 200);
    assert.deepEqual(ranges, [
      [0, 200],
      [200, 400],
      [400, 600],
    ]);
  });

  it('gives a 3up or 6up handout parts of whole pages (a multiple of six slides)', () => {
    for (const kind of ['3up', '6up'] as const) {
      const ranges = partRanges(50, kind, 20);
      for (const [from] of ranges) assert.equal(from % 6, 0);
      assert.deepEqual(ranges[0], [0, 18]);
    }
    // A part smaller than a page still holds one page.
    assert.deepEqual(partRanges(13, '6up', 4)[1], [6, 12]);
    assert.deepEqual(partRanges(12, '6up', 4), [[0, null]]);
  });
});
