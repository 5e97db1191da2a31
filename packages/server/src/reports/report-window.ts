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
 * years.
 */
export function reportWindow(from: string | undefined, to: string | undefined, today = new Date()): ReportWindow {
  const last = to ?? (from ? day(Math.max(Date.parse(from), today.getTime())) : day(today.getTime()));
  const first = from ?? day(Date.parse(last) - (DEFAULT_DAYS - 1) * DAY_MS);
  if (last < first) throw new DomainError('invalid-request', [{ path: ['query', 'to'], message: 'must not be before from' }]);
  if (first < addYears(last, -MAX_YEARS))
    throw new DomainError('invalid-request', [{ path: ['query', 'from'], message: `must be at most ${MAX_YEARS} years before to` }]);
  return { from: first, to: last, start: `${first}T00:00:00.000Z`, end: `${day(Date.parse(last) + DAY_MS)}T00:00:00.000Z` };
}

/** The whole months inside a window, and the days at its ends outside them (the kept wait counts' periods). */
export interface WindowPeriods {
  /** YYYY-MM, in order. */
  readonly months: readonly string[];
  /** Inclusive YYYY-MM-DD ranges. */
  readonly dayRanges: readonly (readonly [string, string])[];
}

const monthOf = (date: string): string => date.slice(0, 7);
const shiftMonth = (month: string, by: 1 | -1): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const lastDayOf = (month: string): string => day(Date.parse(`${shiftMonth(month, 1)}-01T00:00:00Z`) - DAY_MS);

/** Split a window into the whole months it covers and the days before and after them. */
export function windowPeriods(w: Pick<ReportWindow, 'from' | 'to'>): WindowPeriods {
  const first = w.from.endsWith('-01') ? monthOf(w.from) : shiftMonth(monthOf(w.from), 1);
  const last = lastDayOf(monthOf(w.to)) === w.to ? monthOf(w.to) : shiftMonth(monthOf(w.to), -1);
  const months: string[] = [];
  for (let m = first; m <= last; m = shiftMonth(m, 1)) months.push(m);
  if (months.length === 0) return { months, dayRanges: [[w.from, w.to]] };
  const dayRanges: (readonly [string, string])[] = [];
  if (w.from < `${first}-01`) dayRanges.push([w.from, lastDayOf(shiftMonth(first, -1))]);
  if (w.to > lastDayOf(last)) dayRanges.push([`${shiftMonth(last, 1)}-01`, w.to]);
  return { months, dayRanges };
}
