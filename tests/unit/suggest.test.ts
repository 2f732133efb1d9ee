// scripts/stages/suggest.ts: "did you mean …?" for a mistyped name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, distance, nearest } from '../../scripts/stages/suggest.ts';

describe('distance', () => {
  it('counts insertions, deletions and substitutions, and a swap of neighbours as one edit', () => {
    assert.equal(distance('kitten', 'sitting'), 3);
    assert.equal(distance('', 'abc'), 3);
    assert.equal(distance('same', 'same'), 0);
    assert.equal(distance('hadnout', 'handout'), 1);
    assert.equal(distance('ab', 'ba'), 1);
  });
});

describe('closest and nearest', () => {
  it('suggests the closest name, in its own spelling, whatever the case typed', () => {
    assert.equal(closest('hadnout', ['notes', 'handout', 'handouts']), 'handout');
    assert.equal(closest('PDF', ['png', 'pdf']), 'pdf');
  });
  it('suggests nothing further than a third of the letters (at most three edits) away', () => {
    assert.equal(closest('thme', ['theme']), 'theme');
    assert.equal(closest('tme', ['theme']), null);
    assert.equal(closest('singlefile-output', ['singleFile']), null);
    assert.equal(closest('anything', []), null);
  });
  it('nearest names the closest however far, with its distance', () => {
    assert.deepEqual(nearest('zzz', ['handout', 'pdf']), { name: 'pdf', d: 3 });
    assert.equal(nearest('zzz', []), null);
  });
});
