// Slide ids: readable, stable, unique within a deck.

/**
 * Turns a title into a lower-case, dash-separated id; keeps letters of every script. Accents come off Latin, Greek and
 * Cyrillic letters ("Réseau" -> "reseau"); other scripts keep their marks ("はじめに" stays so, not "はしめに", and a
 * Devanagari vowel sign stays on its letter).
 */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    // A mark with no letter before it (an Arabic presentation form's, which NFKD sets after a space) is none.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}

/** Returns `base`, or `base-2`, `base-3`… whichever is not taken yet, and records it. */
export function claimId(base: string, taken: Set<string>): string {
  const root = base === '' ? 'slide' : base;
  // The number to try next for each root: every lower one is taken already (a set only grows),
  // so thousands of slides of one name take linear time, not quadratic.
  const next = nextNumbers.get(taken) ?? new Map<string, number>();
  nextNumbers.set(taken, next);
  let id = root;
  let n = next.get(root) ?? 2;
  if (taken.has(id)) for (id = `${root}-${n}`; taken.has(id); n += 1) id = `${root}-${n + 1}`;
  if (id !== root) next.set(root, n + 1);
  taken.add(id);
  return id;
}
const nextNumbers = new WeakMap<Set<string>, Map<string, number>>();

/** Deck names and slide ids become file and folder names: letters, digits, `.`, `-`, `_`; no `..`, no leading dot. */
export function isSafeName(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u.test(name) && !name.includes('..') && name.length <= 100;
}
