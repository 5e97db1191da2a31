import { DomainError } from '@carelevel/contract';

export interface ReportWindow {
  /** First day, inclusive (YYYY-MM-DD). */
  readonly from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  readonly to: string;
  /** ISO bounds for comparing stored times as text: start ≤ t < end. */
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_DAYS = 90;
export const MAX_YEARS = 3;

const DAY_MS = 86_400_000;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const addYears = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/**
 * The days a report covers: both ends inclusive, the last 90 days by default, never more than three
 * years (the report scans every determination and referral in the window).
 */
export function reportWindow(from: string | undefined, to: string | undefined, today = new Date()): ReportWindow {
  const last = to ?? (from ? day(Math.max(Date.parse(from), today.getTime())) : day(today.getTime()));
  const first = from ?? day(Date.parse(last) - (DEFAULT_DAYS - 1) * DAY_MS);
  if (last < first) throw new DomainError('invalid-request', [{ path: ['query', 'to'], message: 'must not be before from' }]);
  if (first < addYears(last, -MAX_YEARS))
    throw new DomainError('invalid-request', [{ path: ['query', 'from'], message: `must be at most ${MAX_YEARS} years before to` }]);
  return { from: first, to: last, start: `${first}T00:00:00.000Z`, end: `${day(Date.parse(last) + DAY_MS)}T00:00:00.000Z` };
}
