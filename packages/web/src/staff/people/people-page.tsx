import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { peopleKeys, searchPeople } from './people-api.js';
import { personName, shortDate, shortDateTime } from './person-name.js';
import { ScrollTable } from '../shell/scroll-table.js';

const PAGE = 25;

/** People, most recently changed first, searched by name (the search runs as a POST). */
export default function PeoplePage(): ReactNode {
  const w = words.people;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  // Each "More" reads the next page by the cursor the last one gave, and adds it below.
  const found = useInfiniteQuery({
    queryKey: peopleKeys.search(query),
    queryFn: ({ pageParam }) => searchPeople(query, pageParam, PAGE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const people = found.data?.pages.flatMap((p) => p.people) ?? [];
  const total = found.data?.pages[0]?.total ?? 0;
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    setQuery(text.trim());
  };
  return (
    <Page
      title={w.title}
      actions={
        <Link className="button" to="/people/new">
          {w.add}
        </Link>
      }
    >
      <form role="search" className="search-row" onSubmit={submit}>
        <div className="field">
          <label htmlFor="people-search">{w.search}</label>
          <p className="field-hint" id="people-search-hint">
            {w.searchHint}
          </p>
          <input
            id="people-search"
            type="search"
            aria-describedby="people-search-hint"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <button type="submit" className="button">
          {w.searchButton}
        </button>
      </form>
      {found.isPending ? <Loading /> : null}
      {found.isError ? <LoadError error={found.error} retry={() => void found.refetch()} /> : null}
      {found.data ? (
        <>
          <p role="status">{w.count(people.length, total)}</p>
          {people.length > 0 ? (
            <ScrollTable label={w.title}>
              <table>
                <caption className="visually-hidden">{w.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w.name}</th>
                    <th scope="col">{w.birthDate}</th>
                    <th scope="col">{w.updated}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/people/${p.id}`}>{personName(p)}</Link>
                      </td>
                      <td>{shortDate(p.birthDate)}</td>
                      <td>{shortDateTime(p.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : null}
          {found.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={found.isFetchingNextPage}
              onClick={() => {
                void found.fetchNextPage();
              }}
            >
              {w.more}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
