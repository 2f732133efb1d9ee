// "Did you mean …?": the known name closest to a mistyped one, by edit
// distance (insertions, deletions, substitutions and swaps of neighbours).

export function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      // A swap of two neighbours ("hadnout") counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** The candidate nearest to `typed`, however far (for a hint beside a reference that names nothing). */
export function nearest(typed: string, candidates: readonly string[]): { name: string; d: number } | null {
  const word = typed.toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const name of candidates) {
    const d = distance(word, name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  return best;
}

/** The candidate closest to `typed` when it is close enough to be what was meant (a third of its letters, at most three edits), else null. */
export function closest(typed: string, candidates: readonly string[]): string | null {
  const word = typed.toLowerCase();
  const best = nearest(typed, candidates);
  if (!best) return null;
  const limit = Math.min(3, Math.max(1, Math.floor(Math.max(word.length, best.name.length) / 3)));
  return best.d <= limit ? best.name : null;
}
