// Slide ids: readable, stable, unique within a deck.

/** Turns a title into a lower-case, dash-separated id; keeps letters of every script. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}

/** Returns `base`, or `base-2`, `base-3`… whichever is not taken yet, and records it. */
export function claimId(base: string, taken: Set<string>): string {
  const root = base === '' ? 'slide' : base;
  let id = root;
  for (let n = 2; taken.has(id); n += 1) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** Deck names and slide ids become file and folder names: letters, digits, `.`, `-`, `_`; no `..`, no leading dot. */
export function isSafeName(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(name) && !name.includes('..') && name.length <= 100;
}
