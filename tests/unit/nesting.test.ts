// scripts/stages/nesting.ts: nesting deeper than a reader can follow is shown at a depth they can.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flattenDeepNesting, maxIndent, maxQuoteDepth } from '../../scripts/stages/nesting.ts';

describe('flattenDeepNesting', () => {
  it('leaves text nested no deeper than the limits as it is', () => {
    const text = `- a\n${' '.repeat(maxIndent)}- deep enough\n${'> '.repeat(maxQuoteDepth)}quoted`;
    assert.deepEqual(flattenDeepNesting(text), { text, lines: 0 });
  });

  it('brings deeper lists and quotes back to the limits, keeping their words, and counts the lines changed', () => {
    const text = [`${' '.repeat(40)}- forty columns in`, `${'\t'.repeat(7)}- seven tabs in`, `${'>'.repeat(12)} twelve quotes deep`, 'plain'].join('\n');
    const result = flattenDeepNesting(text);
    assert.equal(result.lines, 3);
    assert.deepEqual(result.text.split('\n'), [
      `${' '.repeat(maxIndent)}- forty columns in`,
      `${' '.repeat(maxIndent)}- seven tabs in`,
      `${'> '.repeat(maxQuoteDepth)}twelve quotes deep`,
      'plain',
    ]);
  });

  it('never changes code in a fence, at whatever depth the fence sits', () => {
    const code = `${' '.repeat(30)}indented code`;
    const text = `${' '.repeat(30)}- item\n\`\`\`\n${code}\n\`\`\`\n${' '.repeat(30)}- after`;
    const result = flattenDeepNesting(text);
    assert.equal(result.lines, 2);
    assert.ok(result.text.includes(`\n${code}\n`), result.text);
  });
});
