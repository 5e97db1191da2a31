import type { Bundle, Resource } from '@medplum/fhirtypes';

export interface Page {
  readonly count: number;
  readonly offset: number;
}

/**
 * A searchset Bundle of one page of matches, with self, next and previous links that carry the same
 * search, so a client pages by following links (FHIR R4 §3.1.1.3).
 */
export function searchset<T extends Resource>(
  base: string,
  type: string,
  query: URLSearchParams,
  all: readonly T[],
  page: Page,
): Bundle<T> {
  return searchsetPage(base, type, query, all.slice(page.offset, page.offset + page.count), all.length, page);
}

/** As `searchset`, for a search that paged itself: the page's matches and how many there are in all. */
export function searchsetPage<T extends Resource>(
  base: string,
  type: string,
  query: URLSearchParams,
  shown: readonly T[],
  total: number,
  page: Page,
): Bundle<T> {
  const link = (offset: number): string => {
    const q = new URLSearchParams(query);
    q.set('_count', String(page.count));
    q.set('_offset', String(offset));
    return `${base}/${type}?${q.toString()}`;
  };
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: [
      { relation: 'self', url: link(page.offset) },
      ...(page.offset + page.count < total ? [{ relation: 'next', url: link(page.offset + page.count) }] : []),
      ...(page.offset > 0 ? [{ relation: 'previous', url: link(Math.max(0, page.offset - page.count)) }] : []),
    ],
    entry: shown.map((resource) => ({ fullUrl: `${base}/${type}/${resource.id ?? ''}`, resource, search: { mode: 'match' } })),
  };
}
