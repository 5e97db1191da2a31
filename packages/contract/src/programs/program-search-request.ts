import type { MEDICATIONS, PAYMENTS, POPULATIONS, SCHEDULE_TRACKS, SCOPES, SERVICES } from '@carelevel/directory/vocabulary';
import type { LevelCode } from '@carelevel/engine';

/** A program search as a client asks it (the query `GET /api/v1/programs` reads): where, what, and must-haves. */
export interface ProgramSearchRequest {
  /** A 5-digit ZIP, "LAT,LON", or a place like "Springfield, IL". */
  readonly near: string;
  readonly levels?: readonly LevelCode[];
  readonly radiusMiles?: number;
  readonly scope?: (typeof SCOPES)[number];
  readonly acceptingNow?: boolean;
  readonly payments?: readonly (typeof PAYMENTS)[number][];
  readonly scheduleTracks?: readonly (typeof SCHEDULE_TRACKS)[number][];
  readonly services?: readonly (typeof SERVICES)[number][];
  readonly populations?: readonly (typeof POPULATIONS)[number][];
  /** Language tags (`es`, `vi`); English is assumed everywhere. */
  readonly languages?: readonly string[];
  readonly medications?: readonly (typeof MEDICATIONS)[number][];
  /**
   * Wishes rather than must-haves (from the person's assessment): programs that meet them rank
   * first, and those that do not are still listed with what does not fit named.
   */
  readonly prefer?: {
    readonly payments?: readonly (typeof PAYMENTS)[number][];
    readonly scheduleTracks?: readonly (typeof SCHEDULE_TRACKS)[number][];
    readonly services?: readonly (typeof SERVICES)[number][];
    readonly populations?: readonly (typeof POPULATIONS)[number][];
    readonly languages?: readonly string[];
  };
  readonly sort?: 'fit' | 'distance';
  readonly limit?: number;
  readonly offset?: number;
}

export const PROGRAM_SEARCH_PATH = 'api/v1/programs';

/** The must-have filter groups a person can choose from, each a list from the directory's vocabulary. */
export const SEARCH_FILTER_GROUPS = ['payments', 'scheduleTracks', 'services', 'populations', 'languages', 'medications'] as const;
export type SearchFilterGroup = (typeof SEARCH_FILTER_GROUPS)[number];

/**
 * The query string of a search: only what was asked (empty lists and defaults are left out), lists
 * comma-separated. Nothing about the person is in it beyond the place, the levels and the filters.
 */
export function programSearchParams(r: ProgramSearchRequest): string {
  const q: [string, string][] = [['near', r.near]];
  const list = (name: string, values: readonly string[] | undefined): void => {
    if (values !== undefined && values.length > 0) q.push([name, values.join(',')]);
  };
  list('levels', r.levels);
  if (r.radiusMiles !== undefined) q.push(['radiusMiles', String(r.radiusMiles)]);
  if (r.scope) q.push(['scope', r.scope]);
  if (r.acceptingNow) q.push(['acceptingNow', 'true']);
  list('payments', r.payments);
  list('scheduleTracks', r.scheduleTracks);
  list('services', r.services);
  list('populations', r.populations);
  list('languages', r.languages);
  list('medications', r.medications);
  list('preferPayments', r.prefer?.payments);
  list('preferScheduleTracks', r.prefer?.scheduleTracks);
  list('preferServices', r.prefer?.services);
  list('preferPopulations', r.prefer?.populations);
  list('preferLanguages', r.prefer?.languages);
  if (r.sort) q.push(['sort', r.sort]);
  if (r.limit !== undefined) q.push(['limit', String(r.limit)]);
  if (r.offset !== undefined && r.offset > 0) q.push(['offset', String(r.offset)]);
  return q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
