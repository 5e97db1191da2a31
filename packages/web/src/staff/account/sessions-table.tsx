import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { staffLocale } from '../i18n/language.js';
import type { SessionListing } from '@carelevel/contract';
import { ScrollTable } from '../shell/scroll-table.js';

const when = (iso: string): string => new Date(iso).toLocaleString(staffLocale);

/** Live sessions of one account: when each started and was last used, and from which address. */
export function SessionsTable({ sessions, label }: { readonly sessions: readonly SessionListing[]; readonly label: string }): ReactNode {
  const w = words.account;
  return (
    <ScrollTable label={label}>
      <table>
        <caption>{w.sessionsCaption(sessions.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{w.started}</th>
            <th scope="col">{w.lastSeen}</th>
            <th scope="col">{w.from}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={`${s.createdAt}-${s.ip}-${s.lastSeenAt}`}>
              <td>
                {when(s.createdAt)}
                {s.current ? ` (${w.thisBrowser})` : null}
              </td>
              <td>{when(s.lastSeenAt)}</td>
              <td>{s.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
