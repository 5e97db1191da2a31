import type { DirectoryHealthAnswer } from '@carelevel/contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.js';
import { words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { LoadError, Loading } from '../shell/status.js';
import { ScrollTable } from '../shell/scroll-table.js';

/** The directory's health: how fresh the listings are, open reports, and what the last refresh dropped. */
export function DirectoryHealth(): ReactNode {
  const w = words.dashboard.directory;
  const health = useQuery({
    queryKey: ['reports', 'directory-health'],
    queryFn: () => api.get<DirectoryHealthAnswer>('api/v1/reports/directory-health'),
  });
  if (health.isPending) return <Loading />;
  if (health.isError) return <LoadError error={health.error} retry={() => void health.refetch()} />;
  const h = health.data;
  const rows: readonly (readonly [string, number])[] = [
    [w.within90Days, h.confirmed.within90Days],
    [w.within1Year, h.confirmed.within1Year],
    [w.overAYear, h.confirmed.overAYear],
    [w.never, h.confirmed.never],
  ];
  return (
    <section aria-labelledby="directory-health" className="report">
      <h2 id="directory-health">{w.heading}</h2>
      <p>{w.summary(h.listed, h.confirmedByProgram)}</p>
      <ScrollTable label={w.caption}>
        <table>
          <caption>{w.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.lastConfirmed}</th>
              <th scope="col" className="num">
                {w.listings}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ul>
        <li>
          <Link to="/program-reports">{w.openReports(h.openReports)}</Link>
        </li>
        <li>{w.noLongerListed(h.noLongerListed)}</li>
        <li>{h.lastRefresh ? w.lastRefresh(shortDateTime(h.lastRefresh.at), h.lastRefresh.noLongerListed) : w.noRefresh}</li>
      </ul>
    </section>
  );
}
