import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Versioned } from '../api/client.js';
import type { PersonView } from '@carelevel/contract';
import { peopleKeys, readPerson } from './people-api.js';

/** One person's record (with its version for later changes). */
export function usePerson(id: string): UseQueryResult<Versioned<PersonView>> {
  return useQuery({ queryKey: peopleKeys.person(id), queryFn: () => readPerson(id) });
}
