// Looking a value up in a sorted list of numbers (line starts, offsets, code points) by halves.

/** How many of `sorted`'s values are below `value` (with `orEqual`, at most `value`): where it would go in the list. */
export function countBelow(sorted: readonly number[], value: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v < value || (orEqual && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
