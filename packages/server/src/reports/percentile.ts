/**
 * Statistics of a list given as how many times each value occurs (the report's waits come counted
 * per value: referral-counts.ts), so a list of a million waits costs what its few thousand distinct
 * values do. Computed here rather than in SQL because SQLite has no percentile function.
 */
export interface ValueCount {
  readonly value: number;
  readonly count: number;
}

const sortedByValue = (counts: readonly ValueCount[]): ValueCount[] => counts.filter((c) => c.count > 0).sort((a, b) => a.value - b.value);

const sizeOf = (counts: readonly ValueCount[]): number => counts.reduce((n, c) => n + c.count, 0);

/** The value at 1-based `rank` in the list the sorted counts stand for. */
function atRank(sorted: readonly ValueCount[], rank: number): number | null {
  let seen = 0;
  for (const c of sorted) {
    seen += c.count;
    if (seen >= rank) return c.value;
  }
  return null;
}

/** The nearest-rank percentile (p in 0..100): the smallest value with at least p% of the list at or below it. */
export function percentile(counts: readonly ValueCount[], p: number): number | null {
  const sorted = sortedByValue(counts);
  const size = sizeOf(sorted);
  if (size === 0) return null;
  return atRank(sorted, Math.max(1, Math.ceil((p / 100) * size)));
}

/** The median as statisticians define it (the mean of the two middle values of an even list), to two decimals. */
export function median(counts: readonly ValueCount[]): number | null {
  const sorted = sortedByValue(counts);
  const size = sizeOf(sorted);
  if (size === 0) return null;
  const low = atRank(sorted, Math.floor((size + 1) / 2));
  const high = atRank(sorted, Math.floor(size / 2) + 1);
  if (low === null || high === null) return null;
  return Math.round(((low + high) / 2) * 100) / 100;
}
