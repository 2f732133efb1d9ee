// scripts/stages/numbers.ts: the least and the median of many numbers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { least, median } from '../../scripts/stages/numbers.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

describe('least', () => {
  it('takes the least of more values than Math.min can be given, and Infinity of none', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => 300_000 - i);
    assert.equal(least(many), 1);
    assert.equal(least([]), Number.POSITIVE_INFINITY);
  });

  it('lets a paragraph of 200,000 lines be read', () => {
    const model = splitMarkdown(`# T\n\n${'x\n'.repeat(200_000)}`);
    assert.equal(model.intro.length + model.sections.flatMap((s) => s.blocks).length, 1);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order; 0 for none', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([40, 10, 30, 20]), 25);
    assert.equal(median([]), 0);
  });
});
