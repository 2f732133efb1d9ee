// The least and the median of many numbers, without spreading them into arguments
// (Math.min(...values) overflows the call stack past about 100,000 values:
// a paragraph, a code block or a document of that many lines or headings).

/** The least of the values; Infinity for none, as Math.min() gives. */
export function least(values: Iterable<number>): number {
  let low = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < low) low = value;
  return low;
}

/** The median of the values (the mean of the middle two of an even count); 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
