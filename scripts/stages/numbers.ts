// The least of many numbers, without spreading them into arguments
// (Math.min(...values) overflows the call stack past about 100,000 values:
// a paragraph, a code block or a document of that many lines or headings).

/** The least of the values; Infinity for none, as Math.min() gives. */
export function least(values: Iterable<number>): number {
  let low = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < low) low = value;
  return low;
}
