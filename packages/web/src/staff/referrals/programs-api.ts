import type { Program, SearchResultView } from '@carelevel/directory';
import type { LevelCode, Message } from '@carelevel/engine';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api, seg } from '../api/client.js';

/** One search result: the directory's `SearchResultView` (codes, not sentences). */
export type ProgramHit = SearchResultView;

export interface ProgramHits {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly results: readonly ProgramHit[];
  readonly suggestions: readonly Message[];
  readonly helpline: string;
}

export interface ProgramSearch {
  readonly zip: string;
  readonly level: LevelCode;
  readonly radiusMiles: number;
  readonly scope?: string;
  readonly acceptingNow?: boolean;
  readonly limit?: number;
}

/** `GET /api/v1/programs/search`: the directory's ranking with fit and misfit reasons. Nothing about the person is sent. */
export function searchDirectory(s: ProgramSearch): Promise<ProgramHits> {
  const q = new URLSearchParams({ zip: s.zip, level: s.level, radiusMiles: String(s.radiusMiles), limit: String(s.limit ?? 20) });
  if (s.scope) q.set('scope', s.scope);
  if (s.acceptingNow) q.set('acceptingNow', 'true');
  return api.get<ProgramHits>(`api/v1/programs/search?${q.toString()}`);
}

/** A directory program as `GET /api/v1/programs/:id` answers it. */
export type ProgramDetail = Program;

export const programKey = (id: string) => ['program', id] as const;

export const readProgram = (id: string): Promise<ProgramDetail> => api.get<ProgramDetail>(`api/v1/programs/${seg(id)}`);

/** A program by id; directory listings change rarely, so it is kept a few minutes. */
export function useProgram(id: string): UseQueryResult<ProgramDetail> {
  return useQuery({ queryKey: programKey(id), queryFn: () => readProgram(id), staleTime: 5 * 60_000, enabled: id !== '' });
}

/** A program's name for a label; its id until the directory answers. */
export function useProgramName(id: string): string {
  return useProgram(id).data?.name ?? id;
}
