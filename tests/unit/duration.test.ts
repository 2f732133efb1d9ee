// scripts/stages/duration.ts: a talk's length as people write it, and each slide's share of it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { parseDuration, slideTimings } from '../../scripts/stages/duration.ts';
import { deck, slide } from './helpers.ts';

describe('parseDuration', () => {
  it('reads minutes, hours and both, as people write them', () => {
    for (const [text, minutes] of [
      ['50m', 50],
      ['50', 50],
      ['90min', 90],
      ['1h30m', 90],
      ['1h 30', 90],
      ['1.5h', 90],
      [' 2 hours ', 120],
      ['45 minutes', 45],
    ] as const)
      assert.equal(parseDuration(text), minutes, text);
    assert.equal(parseDuration(25), 25);
  });

  it('refuses what is no length of time with a usage error naming the setting and an example', () => {
    for (const value of ['soon', '', '0', '-5m', 0, -3, Number.NaN]) {
      assert.throws(
        () => parseDuration(value, '--duration'),
        (error: unknown) =>
          error instanceof LecternError &&
          error.kind === 'usage' &&
          error.toLine() === `--duration must be a length of time, not "${value}". For example: 50m or 1h30m`,
        String(value),
      );
    }
  });
});

describe('slideTimings', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const slides = [slide('a', { notes: words(130) }), slide('b', { notes: words(260) }), slide('c')];

  it("gives each slide its notes' speaking time, and a slide with nothing to say a few seconds", () => {
    assert.deepEqual(slideTimings(deck('d', slides)), [60, 120, 5]);
    assert.deepEqual(slideTimings(deck('d', slides, { wpm: 260 })), [30, 60, 5]);
  });

  it("scales the shares to the talk's length, in whole seconds that add up to it exactly", () => {
    assert.deepEqual(slideTimings(deck('d', slides, { duration: 3.7 })), [72, 144, 6]);
    const odd = slideTimings(deck('d', slides, { duration: 1 }));
    assert.equal(
      odd.reduce((a, b) => a + b, 0),
      60,
    );
    assert.ok(odd[1] !== undefined && odd[0] !== undefined && odd[1] > odd[0] && odd.every((s) => s >= 1), odd.join(', '));
  });
});
