/**
 * The nearest-rank percentile of a list of numbers (p in 0..100): the smallest value with at least
 * p% of the list at or below it. Computed here rather than in SQL because SQLite has no percentile
 * function; the lists are one number per referral in the report window.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** The median as statisticians define it (the mean of the two middle values of an even list). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return m === undefined ? null : Math.round(m * 100) / 100;
}
