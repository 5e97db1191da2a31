import type { LevelCode, Message } from '@carelevel/engine';

/** The only things a program search sends (issue 5): where, what level, what it must treat, and the filters chosen. */
export interface ProgramQuery {
  readonly zip: string;
  readonly level: LevelCode;
  readonly radiusMiles: number;
  readonly filters: Readonly<Partial<Record<FilterGroup, readonly string[]>>>;
  /** What the program must treat; any kind when absent. */
  readonly scope?: 'substance-use' | 'mental-health' | 'co-occurring' | null;
  /** Skip this many (the next page of the same search); not sent when 0. */
  readonly offset?: number;
}

export const FILTER_GROUPS = ['payments', 'scheduleTracks', 'services', 'populations', 'languages', 'medications'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** One result as the server's search returns it (the directory's SearchResultView). */
export interface ProgramResult {
  readonly id: string;
  readonly name: string;
  readonly name2?: string;
  readonly street1: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone: string;
  readonly intakePhone?: string;
  readonly website: string;
  readonly distanceMiles: number;
  /** ISO date the listing was last checked; every listing shows it (product.md §5, stale listings). */
  readonly lastVerified?: string;
  /** What the program treats: substance-use, mental-health or co-occurring. */
  readonly scope?: string;
  readonly stale: boolean;
  readonly fits: readonly Message[];
  readonly misfits: readonly Message[];
  /** Worth knowing, not a misfit: how old an openings report is, when the listing was checked. */
  readonly notes?: readonly Message[];
}

export interface ProgramSearchResponse {
  readonly total: number;
  readonly results: readonly ProgramResult[];
  readonly suggestions: readonly Message[];
  readonly helpline: string;
}

export const SEARCH_PATH = 'api/v1/programs/search';

/** The request URL: ZIP, level, radius, scope and filters (and which page), and nothing else. */
export function searchUrl(q: ProgramQuery): string {
  const p = new URLSearchParams({ zip: q.zip, level: q.level, radiusMiles: String(q.radiusMiles) });
  for (const g of FILTER_GROUPS) {
    const vs = q.filters[g];
    if (vs !== undefined && vs.length > 0) p.set(g, vs.join(','));
  }
  if (q.scope) p.set('scope', q.scope);
  if (q.offset !== undefined && q.offset > 0) p.set('offset', String(q.offset));
  return `${SEARCH_PATH}?${p.toString()}`;
}

/** The server said no; 400 means the request itself (almost always the ZIP) was not accepted. */
export class SearchFailed extends Error {
  constructor(readonly status: number) {
    super(`program search failed with HTTP ${String(status)}`);
  }
}

export async function searchPrograms(q: ProgramQuery, signal?: AbortSignal): Promise<ProgramSearchResponse> {
  // No cookies or credentials: the public search is anonymous.
  const res = await fetch(searchUrl(q), { credentials: 'omit', headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) throw new SearchFailed(res.status);
  const body = (await res.json()) as ProgramSearchResponse;
  if (!Array.isArray(body.results)) throw new Error('search answer has no results');
  return body;
}
