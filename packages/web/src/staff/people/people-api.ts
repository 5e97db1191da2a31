import { api, requestVersioned, seg, type Versioned } from '../api/client.js';
import type { NewPerson, PeoplePage, PersonView } from '@carelevel/contract';

export const peopleKeys = {
  all: ['people'] as const,
  search: (query: string) => ['people', 'search', query] as const,
  person: (id: string) => ['person', id] as const,
};

/**
 * Names travel in a POST body, never in a URL (docs/api.md). A page after the first is asked for by
 * the cursor the one before gave (`nextCursor`), so the thousandth page costs what the first does.
 */
export const searchPeople = (query: string, cursor?: string, limit = 25): Promise<PeoplePage> =>
  api.post<PeoplePage>('api/v1/people/search', { query, limit, ...(cursor ? { cursor } : {}) });

export const addPerson = (p: NewPerson): Promise<PersonView> => api.post<PersonView>('api/v1/people', p);

export const readPerson = (id: string): Promise<Versioned<PersonView>> => requestVersioned<PersonView>('GET', `api/v1/people/${seg(id)}`);
