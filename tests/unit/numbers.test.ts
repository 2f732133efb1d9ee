// scripts/stages/numbers.ts: the least of many numbers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { least } from '../../scripts/stages/numbers.ts';
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
