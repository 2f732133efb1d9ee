// A talk's length as people write it ("50m", "1h30m", "90min", "1.5h", or a
// number of minutes), and how long each slide takes to speak within it.
import { usageError } from '../errors.ts';
import type { Deck } from '../types.ts';
import { speakingTime } from './measure-deck.ts';

/** Minutes, from a number or a text; a usage error naming `what` otherwise. */
export function parseDuration(value: string | number, what = 'duration'): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return value;
  } else {
    const m = /^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?)?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?)?\s*$/iu.exec(value);
    const total = m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : Number.NaN;
    if (Number.isFinite(total) && total > 0) return total;
  }
  throw usageError(`${what} must be a length of time, not "${value}"`, 'For example: 50m or 1h30m');
}

/** The speaking pace when none is given, in words a minute. */
export const defaultWpm = 130;

/**
 * Each slide's share of the talk, in whole seconds, in slide order: its notes
 * at the deck's pace, scaled to the talk's length when the deck has one (so
 * that the shares add up to it). A remixed talk adds up its slides' times.
 * `words`: each slide's spoken words when already counted (as rendering does).
 */
export function slideTimings(deck: Deck, words?: readonly (number | undefined)[]): number[] {
  const spoken = speakingTime(deck, deck.meta.wpm ?? defaultWpm, words);
  const seconds = deck.slides.map((s) => spoken.perSlide[s.id] ?? 5);
  const total = seconds.reduce((a, b) => a + b, 0);
  const target = deck.meta.duration ? deck.meta.duration * 60 : total;
  if (total === 0 || target === total) return seconds;
  // Scaled, rounded so that the sum is exactly the talk's length.
  const scaled = seconds.map((s) => (s * target) / total);
  const rounded = scaled.map((s) => Math.max(1, Math.floor(s)));
  let missing = Math.round(target) - rounded.reduce((a, b) => a + b, 0);
  const order = scaled.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; missing > 0 && order.length > 0; k = (k + 1) % order.length, missing -= 1)
    rounded[order[k]?.[1] ?? 0] = (rounded[order[k]?.[1] ?? 0] ?? 0) + 1;
  return rounded;
}
