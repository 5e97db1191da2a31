import type { Coordinates } from '../model/program.js';

/** The national locator's public JSON export (findtreatment.gov). Tests point `--url` at a local server. */
export const LOCATOR_EXPORT_URL = 'https://findtreatment.gov/locator/exportsAsJson/v2';
export const METERS_PER_MILE = 1609.344;

/** One page of the export: `{ page, totalPages, recordCount, rows[] }`. */
export interface LocatorPage {
  readonly page: number;
  readonly totalPages: number;
  readonly recordCount: number;
  readonly rows: readonly unknown[];
}

/** The service answered, but not with the export's shape: names the field and the rule. */
export class LocatorAnswerError extends Error {
  constructor(
    readonly url: string,
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${url}: the answer is not the locator's export shape: ${field}: ${rule}`);
    this.name = 'LocatorAnswerError';
  }
}

/** Every try of a page failed (429, 5xx, timeouts, network); the pages fetched so far are kept for --resume. */
export class LocatorUnavailableError extends Error {
  constructor(
    readonly url: string,
    readonly attempts: number,
    readonly last: string,
  ) {
    super(`${url}: no answer after ${attempts} tries (last: ${last})`);
    this.name = 'LocatorUnavailableError';
  }
}

export type LocatorType = 'substance-use' | 'mental-health';
const TYPE_CODE: Readonly<Record<LocatorType, string>> = { 'substance-use': 'SA', 'mental-health': 'MH' };

export interface PageQuery {
  readonly centre: Coordinates;
  readonly radiusMiles: number;
  readonly type?: LocatorType | undefined;
  readonly pageSize: number;
}

/** The export's query: located by `sAddr=lat,lon` with the distance in meters, then the page. */
export function pageUrl(base: string, q: PageQuery, page: number): string {
  const url = new URL(base);
  url.searchParams.set('sAddr', `${q.centre.lat},${q.centre.lon}`);
  url.searchParams.set('limitType', '2');
  url.searchParams.set('limitValue', String(Math.round(q.radiusMiles * METERS_PER_MILE)));
  if (q.type) url.searchParams.set('sType', TYPE_CODE[q.type]);
  url.searchParams.set('pageSize', String(q.pageSize));
  url.searchParams.set('page', String(page));
  return url.toString();
}

const wholeNumber = (v: unknown, min: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min;

/** Check an answer's text is the export's shape; the first rule broken is named with its field. */
export function readLocatorAnswer(text: string, url: string): LocatorPage {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new LocatorAnswerError(url, '(answer)', `must be JSON; it starts with "${start}"`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new LocatorAnswerError(url, '(answer)', 'must be a JSON object');
  const d = doc as Record<string, unknown>;
  if (!wholeNumber(d.page, 1)) throw new LocatorAnswerError(url, 'page', 'must be a whole number from 1');
  if (!wholeNumber(d.totalPages, 0)) throw new LocatorAnswerError(url, 'totalPages', 'must be a whole number from 0');
  if (!wholeNumber(d.recordCount, 0)) throw new LocatorAnswerError(url, 'recordCount', 'must be a whole number from 0');
  if (!Array.isArray(d.rows)) throw new LocatorAnswerError(url, 'rows', 'must be an array of facilities');
  const bad = d.rows.findIndex((r) => typeof r !== 'object' || r === null || typeof (r as { frid?: unknown }).frid !== 'string');
  if (bad >= 0) throw new LocatorAnswerError(url, `rows[${bad}].frid`, 'must be the facility id, a string');
  return { page: d.page as number, totalPages: d.totalPages as number, recordCount: d.recordCount as number, rows: d.rows };
}

export interface FetchPolicy {
  /** Tries per page, the first included. */
  readonly attempts: number;
  /** The first wait before a retry; doubled each time, at most a minute (a Retry-After is honoured up to that). */
  readonly backoffMs: number;
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (url: string, attempt: number, reason: string, waitMs: number) => void;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const MAX_WAIT_MS = 60_000;

/** Retry-After as seconds or an HTTP date, in milliseconds. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Fetch one page: 429, 5xx, timeouts and network failures are tried again after a growing pause;
 * any other status, or an answer not in the export's shape, stops at once (trying again would not help).
 */
export async function fetchLocatorPage(url: string, policy: FetchPolicy): Promise<{ readonly page: LocatorPage; readonly text: string }> {
  const doFetch = policy.fetch ?? fetch;
  const wait = policy.sleep ?? sleep;
  let last = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let hint: number | undefined;
    try {
      const res = await doFetch(url, { signal: AbortSignal.timeout(policy.timeoutMs), headers: { accept: 'application/json' } });
      if (res.ok) {
        const text = await res.text();
        return { page: readLocatorAnswer(text, url), text };
      }
      await res.body?.cancel();
      if (res.status !== 429 && res.status < 500) throw new LocatorAnswerError(url, '(status)', `must be 200, got ${res.status}`);
      last = `HTTP ${res.status}`;
      hint = retryAfterMs(res.headers.get('retry-after'), Date.now());
    } catch (err) {
      if (err instanceof LocatorAnswerError) throw err;
      const name = (err as { name?: string }).name;
      last = name === 'TimeoutError' || name === 'AbortError' ? `no answer in ${policy.timeoutMs / 1000} s` : (err as Error).message;
    }
    if (attempt < policy.attempts) {
      const ms = Math.min(MAX_WAIT_MS, hint ?? policy.backoffMs * 2 ** (attempt - 1));
      policy.onRetry?.(url, attempt, last, ms);
      await wait(ms);
    }
  }
  throw new LocatorUnavailableError(url, policy.attempts, last);
}
