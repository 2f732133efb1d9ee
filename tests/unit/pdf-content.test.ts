// edges/pdf-content.ts: where a tagged figure paints its box in a content
// stream, with the matrix in force there, through nested q/Q, text objects
// and Chromium's way of writing marked content.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureSpots, inverse, times, type Matrix } from '../../scripts/edges/pdf-content.ts';

const close = (a: number[], b: number[]): boolean => a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] ?? Number.NaN)) < 1e-6);

describe('matrices', () => {
  it('compose as cm does, and invert', () => {
    const scale: Matrix = [2, 0, 0, 3, 0, 0];
    const move: Matrix = [1, 0, 0, 1, 10, 20];
    // "cm scale" under "cm move": a point is scaled, then moved.
    assert.deepEqual(times(scale, move), [2, 0, 0, 3, 10, 20]);
    assert.ok(close(times(times(scale, move), inverse(times(scale, move))), [1, 0, 0, 1, 0, 0]));
    assert.throws(() => inverse([0, 0, 0, 0, 1, 1]), /inverse/u);
  });
});

describe('figureSpots', () => {
  it('finds each figure just after it paints its box, with the matrix in force and the box in page space', () => {
    const text = [
      '.75 0 0 -.75 50 800 cm',
      'q',
      '2 0 0 2 0 0 cm',
      '1 1 1 rg',
      // Text objects are skipped: no operator in one is read (this "q" and "cm" would otherwise count).
      'BT /F1 12 Tf 1 0 0 -1 0 10 Tm <0012> Tj (a q 1 0 0 1 5 5 cm) Tj ET',
      '/Figure <</MCID 3 >>BDC',
      '10 20 100 50 re',
      'f',
      'Q',
      'EMC',
      '/P <</MCID 4 >>BDC 0 0 5 5 re f EMC',
      'q 1 0 0 1 0 300 cm /Figure <</MCID 5>> BDC 0 0 40 30 re W n 0 0 40 30 re f Q EMC',
    ].join('\n');
    const spots = figureSpots(text);
    assert.equal(spots.length, 2, JSON.stringify(spots));
    const [first, second] = spots;
    assert.ok(first && second);
    // The first: inside "2 0 0 2 cm" under the page's ".75 0 0 -.75 50 800 cm".
    assert.ok(close(first.ctm, [1.5, 0, 0, -1.5, 50, 800]), JSON.stringify(first.ctm));
    assert.ok(close(first.box, [65, 695, 215, 770]), JSON.stringify(first.box));
    assert.equal(text.slice(first.at - 1, first.at), 'f', 'just after its fill');
    // The second paints after a clip ("re W n" is not its box's paint): the box of the "re f" that follows.
    assert.ok(close(second.box, [50, 552.5, 80, 575]), JSON.stringify(second.box));
    assert.ok(text.slice(0, second.at).endsWith('0 0 40 30 re f'));
  });

  it('reads no figure where none is tagged, or where one paints no box', () => {
    assert.deepEqual(figureSpots('q 1 0 0 1 0 0 cm /P <</MCID 0 >>BDC 0 0 1 1 re f EMC Q'), []);
    assert.deepEqual(figureSpots('/Figure <</MCID 0 >>BDC BT (x) Tj ET EMC'), []);
    // An untagged figure (no MCID) is not the one print.js made.
    assert.deepEqual(figureSpots('/Figure BMC 0 0 1 1 re f EMC'), []);
  });
});
