// stages/slug.ts: slide ids from titles, each claimed once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { claimId, isSafeName, slugify } from '../../scripts/stages/slug.ts';
import { deckNameFor } from '../../scripts/workspace.ts';

describe('claimId', () => {
  it('gives the base, then base-2, base-3… skipping ids taken by other bases', () => {
    const taken = new Set<string>();
    assert.equal(claimId('intro', taken), 'intro');
    assert.equal(claimId('intro-3', taken), 'intro-3');
    assert.equal(claimId('intro', taken), 'intro-2');
    assert.equal(claimId('intro', taken), 'intro-4');
    assert.equal(claimId('', taken), 'slide');
    assert.equal(claimId('', taken), 'slide-2');
  });

  it('always claims the lowest free id, in any order of claims (against a plain scan from 2)', () => {
    const scan = (base: string, taken: Set<string>): string => {
      const root = base === '' ? 'slide' : base;
      let id = root;
      for (let n = 2; taken.has(id); n += 1) id = `${root}-${n}`;
      taken.add(id);
      return id;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', 'a', 'a-2', 'a-3', 'a-5', 'b', 'slide-2'), { maxLength: 40 }), (bases) => {
        const ours = new Set<string>();
        const reference = new Set<string>();
        for (const base of bases) assert.equal(claimId(base, ours), scan(base, reference));
      }),
    );
  });
});

describe('slugify', () => {
  it('keeps letters and digits, lower case, accents dropped, joined by dashes', () => {
    assert.equal(slugify('2.1 The BREW method, and POST'), '2-1-the-brew-method-and-post');
    assert.equal(slugify('Über Größe'), 'uber-große');
  });
});

describe('deckNameFor', () => {
  it("names a file's deck by its name without an extension, and a dotted version is no extension", () => {
    assert.equal(deckNameFor('notes/Week 3.md'), 'week-3');
    assert.equal(deckNameFor('tutor2.es'), 'tutor2');
    assert.equal(deckNameFor('linux-0.01-relnotes'), 'linux-0-01-relnotes');
    assert.equal(deckNameFor('release-2.0'), 'release-2-0');
    assert.equal(deckNameFor('README'), 'readme');
  });
});

describe('slugify in other scripts', () => {
  it('takes accents off Latin letters only: kana keep their voicing marks, a Devanagari vowel sign stays', () => {
    assert.equal(slugify('Réseau et Sécurité'), 'reseau-et-securite');
    assert.equal(slugify('はじめに'), 'はじめに');
    assert.equal(slugify('扱える文字コード'), '扱える文字コード');
    assert.equal(slugify('한국어 소개'), '한국어-소개');
    assert.equal(slugify('हिन्दी परिचय'), 'हिन्दी-परिचय');
    assert.ok(isSafeName(slugify('हिन्दी परिचय')));
    // An Arabic presentation form is a space and marks once decomposed: no id opens with a mark.
    assert.equal(slugify('ﱞ0 test'), '0-test');
    assert.ok(isSafeName(slugify('ﱞ0')));
  });
});
