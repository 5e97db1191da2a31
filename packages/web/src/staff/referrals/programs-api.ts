import {
  PROGRAM_SEARCH_PATH,
  programSearchParams,
  type ProgramHit,
  type ProgramSearchAnswer,
  type ProgramSearchRequest,
  type ProgramView,
} from '@carelevel/contract';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api, seg } from '../api/client.js';
import { words } from '../i18n/words.js';

export const programKeys = {
  search: (r: ProgramSearchRequest | null) => ['programs', 'search', r] as const,
  one: (id: string) => ['program', id] as const,
};

/** `GET /api/v1/programs`: the directory's ranking with fit and misfit reasons. Nothing about the person is sent. */
export const searchDirectory = (r: ProgramSearchRequest): Promise<ProgramSearchAnswer> =>
  api.get<ProgramSearchAnswer>(`${PROGRAM_SEARCH_PATH}?${programSearchParams(r)}`);

/**
 * A search the person asked for: a read like any other, run once they submit it (`null` until then)
 * and kept while its answer is fresh, so asking the same again shows it at once.
 */
export function useProgramSearch(r: ProgramSearchRequest | null): UseQueryResult<ProgramSearchAnswer> {
  return useQuery({
    queryKey: programKeys.search(r),
    queryFn: () => searchDirectory(r ?? { near: '' }),
    enabled: r !== null,
    staleTime: 60_000,
    retry: false,
  });
}

export const readProgram = (id: string): Promise<ProgramView> => api.get<ProgramView>(`api/v1/programs/${seg(id)}`);

/** A program by id; directory listings change rarely, so it is kept a few minutes. */
export function useProgram(id: string): UseQueryResult<ProgramView> {
  return useQuery({ queryKey: programKeys.one(id), queryFn: () => readProgram(id), staleTime: 5 * 60_000, enabled: id !== '' });
}

/**
 * A program's name for a label. A person reads it, so never the program's id: "a program" while the
 * directory answers, and a plain "program no longer in the directory" if it cannot.
 */
export function useProgramName(id: string): string {
  const program = useProgram(id);
  if (program.data) return program.data.name;
  return program.isError ? words.referrals.programNotFound : words.referrals.programLoading;
}

export type { ProgramHit };
