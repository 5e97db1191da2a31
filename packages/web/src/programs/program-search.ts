import {
  PROGRAM_SEARCH_PATH,
  SEARCH_FILTER_GROUPS,
  type ProgramHit,
  type ProgramSearchAnswer,
  type SearchFilterGroup,
} from '@carelevel/contract';
import type { LevelCode } from '@carelevel/engine';

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

export const FILTER_GROUPS = SEARCH_FILTER_GROUPS;
export type FilterGroup = SearchFilterGroup;

/** One result and the whole answer, as the one program search gives them. */
export type ProgramResult = ProgramHit;
export type ProgramSearchResponse = ProgramSearchAnswer;

export const SEARCH_PATH = PROGRAM_SEARCH_PATH;

/** The request URL: ZIP, level, radius, scope and filters (and which page), and nothing else. */
export function searchUrl(q: ProgramQuery): string {
  const p = new URLSearchParams({ near: q.zip, levels: q.level, radiusMiles: String(q.radiusMiles) });
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
