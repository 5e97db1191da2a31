import type { Message } from '@carelevel/engine';
import { around } from 'geokdbush';
import { distanceMiles, haversineMiles, KM_PER_MILE } from '../geo/haversine.js';
import type { Program } from '../model/program.js';
import { boxesAround } from './bounding-box.js';
import { SCOPE_BITS, type DirectoryIndex } from './directory-index.js';
import { explainFit } from './explain-fit.js';
import { visitRange } from './visit-range.js';
import {
  DEFAULT_LIMIT,
  FILTER_GROUPS,
  NATIONAL_HELPLINE,
  OPENINGS_FRESH_DAYS,
  STALE_AFTER_DAYS,
  type ProgramFilters,
  type SearchQuery,
} from './filters.js';
import { BIT_GROUP_NAMES, filterBits, popcount, trackBitsFor, type GroupBits } from './program-bits.js';

export interface SearchResult {
  readonly program: Program;
  readonly distanceMiles: number;
  readonly fits: readonly Message[];
  readonly misfits: readonly Message[];
  /** Worth knowing, not a reason it does not fit: an old openings report, a listing not checked lately. */
  readonly notes: readonly Message[];
  /** Not verified for over a year (or never). */
  readonly stale: boolean;
  readonly score: number;
}

export interface SearchResponse {
  /** Programs that match, before pagination. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly results: readonly SearchResult[];
  /** When nothing matched: what to relax, always ending with the national helpline. */
  readonly suggestions: readonly Message[];
  readonly helpline: string;
}

const DAY_MS = 86_400_000;
/** Weights of the ranking; a level that fits outweighs every practical preference. */
const WEIGHT = {
  levels: 20,
  withdrawalManagement: 12,
  medications: 8,
  payments: 10,
  services: 3,
  populations: 4,
  scheduleTracks: 6,
  languages: 8,
} as const;

interface Compiled {
  readonly scopeBits: number;
  readonly hard: GroupBits;
  readonly soft: GroupBits;
  /** The hard bit groups that ask something, as (column, wanted bits) pairs: the inner loop's only work. */
  readonly hardChecks: readonly { readonly column: Uint32Array; readonly want: number }[];
  readonly hardLanguages: readonly string[];
  readonly softLanguages: readonly string[];
  readonly acceptingAfter: number;
  readonly staleBefore: number;
  readonly dayLevelsAsked: boolean;
  readonly query: SearchQuery;
}

const nonEnglish = (l: readonly string[] | undefined): string[] => (l ?? []).map((x) => x.toLowerCase()).filter((x) => x !== 'en');

function compile(ix: DirectoryIndex, q: SearchQuery): Compiled {
  const now = q.now.getTime();
  const hard = filterBits(q.filters);
  const dayLevelsAsked = (q.filters?.levels ?? []).some((l) => l === 'intensive-outpatient' || l === 'partial-hospitalization');
  return {
    hardChecks: BIT_GROUP_NAMES.filter((g) => hard[g] !== 0 && !(g === 'scheduleTracks' && dayLevelsAsked)).map((g) => ({
      column: ix.bits[g],
      want: hard[g],
    })),
    scopeBits: q.scope ? SCOPE_BITS[q.scope] : 0,
    hard,
    soft: filterBits(q.preferences),
    hardLanguages: nonEnglish(q.filters?.languages),
    softLanguages: nonEnglish(q.preferences?.languages),
    acceptingAfter: now - OPENINGS_FRESH_DAYS * DAY_MS,
    staleBefore: now - STALE_AFTER_DAYS * DAY_MS,
    dayLevelsAsked,
    query: q,
  };
}

/** Substance-use and mental-health searches also find co-occurring programs, never each other. */
function scopeMatches(programScope: number, asked: number): boolean {
  if (asked === 0) return true;
  if (asked === 3) return programScope === 3;
  return (programScope & asked) !== 0;
}

function passes(ix: DirectoryIndex, i: number, c: Compiled): boolean {
  if (!scopeMatches(ix.scope[i] as number, c.scopeBits)) return false;
  if (c.query.acceptingNow && !((ix.acceptingSince[i] as number) >= c.acceptingAfter)) return false;
  for (const check of c.hardChecks) if (((check.column[i] as number) & check.want) === 0) return false;
  // Tracks of the day-program levels asked for only (an IOP evening track does not make a PHP one).
  if (
    c.dayLevelsAsked &&
    c.hard.scheduleTracks !== 0 &&
    (trackBitsFor(ix.programs[i] as Program, c.query.filters?.levels) & c.hard.scheduleTracks) === 0
  ) {
    return false;
  }
  if (c.hardLanguages.length > 0) {
    const spoken = (ix.programs[i] as Program).serves.languages;
    if (!c.hardLanguages.some((l) => spoken.includes(l))) return false;
  }
  return true;
}

function score(ix: DirectoryIndex, i: number, c: Compiled): number {
  let s = 0;
  for (const g of BIT_GROUP_NAMES) {
    const want = c.soft[g];
    if (want === 0) continue;
    const hit = (ix.bits[g][i] as number) & want;
    s += hit !== 0 ? WEIGHT[g] + popcount(hit) * 0.1 : -WEIGHT[g];
  }
  if (c.softLanguages.length > 0) {
    const spoken = (ix.programs[i] as Program).serves.languages;
    s += c.softLanguages.some((l) => spoken.includes(l)) ? WEIGHT.languages : -WEIGHT.languages;
  }
  if ((ix.acceptingSince[i] as number) >= c.acceptingAfter) s += 5;
  if (!((ix.verifiedAt[i] as number) >= c.staleBefore)) s -= 4;
  return s;
}

/** Programs within the radius that pass the hard filters, as parallel arrays (no object per match). */
export interface Matches {
  readonly index: number[];
  readonly miles: number[];
}

export function matchWithin(ix: DirectoryIndex, q: SearchQuery, c: Compiled = compile(ix, q)): Matches {
  const index: number[] = [];
  const miles: number[] = [];
  const visit = (k: number): void => {
    const i = ix.located[k] as number;
    // the cheap bit tests first, the trigonometry only for programs that pass them
    if (!passes(ix, i, c)) return;
    const d = haversineMiles(q.near.lat, q.near.lon, ix.lat[i] as number, ix.lon[i] as number);
    if (d <= q.radiusMiles) {
      index.push(i);
      miles.push(d);
    }
  };
  for (const box of boxesAround(q.near.lat, q.near.lon, q.radiusMiles))
    visitRange(ix.tree, box.west, box.south, box.east, box.north, visit);
  return { index, miles };
}

export class SearchInputError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
    this.name = 'SearchInputError';
  }
}

export function checkQuery(q: SearchQuery): void {
  if (!(Math.abs(q.near.lat) <= 90)) throw new SearchInputError('near', 'latitude must be from -90 to 90');
  if (!(Math.abs(q.near.lon) <= 180)) throw new SearchInputError('near', 'longitude must be from -180 to 180');
  if (!(q.radiusMiles > 0 && q.radiusMiles <= 3000)) throw new SearchInputError('radius', 'must be more than 0 and at most 3000 miles');
  if (q.limit !== undefined && !(Number.isInteger(q.limit) && q.limit >= 1 && q.limit <= 200))
    throw new SearchInputError('limit', 'must be a whole number from 1 to 200');
  if (q.offset !== undefined && !(Number.isInteger(q.offset) && q.offset >= 0))
    throw new SearchInputError('offset', 'must be a whole number 0 or more');
}

/**
 * Search the index: within the radius, hard filters AND-ed across groups and OR-ed within, ranked by
 * fit (or distance), one page of results with their reasons. Pure: same index and query, same answer.
 */
export function searchPrograms(ix: DirectoryIndex, q: SearchQuery): SearchResponse {
  checkQuery(q);
  const c = compile(ix, q);
  const m = matchWithin(ix, q, c);
  const n = m.index.length;
  const scores = new Float64Array(n);
  if (q.sort !== 'distance') for (let k = 0; k < n; k++) scores[k] = score(ix, m.index[k] as number, c);
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = k;
  const idOf = (k: number): string => (ix.programs[m.index[k] as number] as Program).id;
  order.sort(
    (a, b) =>
      (scores[b] as number) - (scores[a] as number) || (m.miles[a] as number) - (m.miles[b] as number) || (idOf(a) < idOf(b) ? -1 : 1),
  );
  const offset = q.offset ?? 0;
  const limit = q.limit ?? DEFAULT_LIMIT;
  const wanted = mergeFilters(q.filters, q.preferences);
  const results = order.slice(offset, offset + limit).map((k) => {
    const i = m.index[k] as number;
    const program = ix.programs[i] as Program;
    const e = explainFit(program, wanted, q.now);
    const miles = m.miles[k] as number;
    return {
      program,
      distanceMiles: Math.round(miles * 100) / 100,
      fits: e.fits,
      misfits: e.misfits,
      notes: e.notes,
      stale: e.stale,
      score: q.sort === 'distance' ? score(ix, i, c) : (scores[k] as number),
    };
  });
  return {
    total: n,
    offset,
    limit,
    results,
    suggestions: n === 0 ? suggestRelaxing(ix, q) : [],
    helpline: NATIONAL_HELPLINE,
  };
}

function mergeFilters(a: ProgramFilters | undefined, b: ProgramFilters | undefined): ProgramFilters {
  const out: Record<string, readonly string[]> = {};
  for (const k of FILTER_GROUPS) {
    const v = [...new Set([...(a?.[k] ?? []), ...(b?.[k] ?? [])])];
    if (v.length > 0) out[k] = v;
  }
  return out;
}

/**
 * An empty result never dead-ends: the nearest matching program beyond the radius gives a wider
 * radius; each filter whose removal would find programs is named; telehealth and the helpline close it.
 */
export function suggestRelaxing(ix: DirectoryIndex, q: SearchQuery): Message[] {
  const out: Message[] = [];
  const c = compile(ix, q);
  const nearest =
    ix.located.length > 0
      ? around(ix.tree, q.near.lon, q.near.lat, 1, 3000 * KM_PER_MILE, (k) => passes(ix, ix.located[k] as number, c))
      : [];
  const k = nearest[0];
  if (k !== undefined) {
    const i = ix.located[k] as number;
    const miles = distanceMiles(q.near, { lat: ix.lat[i] as number, lon: ix.lon[i] as number });
    out.push({ code: 'widen-radius', facts: { radiusMiles: Math.ceil(miles / 5) * 5 } });
  }
  const f = q.filters ?? {};
  for (const key of FILTER_GROUPS) {
    if ((f[key] ?? []).length === 0) continue;
    const relaxed: SearchQuery = { ...q, filters: { ...f, [key]: [] } };
    if (matchWithin(ix, relaxed).index.length > 0) out.push({ code: 'drop-filter', facts: { filter: key } });
  }
  if (q.acceptingNow && matchWithin(ix, { ...q, acceptingNow: false }).index.length > 0)
    out.push({ code: 'drop-filter', facts: { filter: 'acceptingNow' } });
  out.push({ code: 'try-telehealth' });
  out.push({ code: 'call-helpline', facts: { phone: NATIONAL_HELPLINE } });
  return out;
}
