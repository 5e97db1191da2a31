import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { Link } from 'react-router';
import { ProgramNames } from '../referrals/referral-card.js';
import { AddAccountForm } from './add-account-form.js';
import { SecuritySettingsForm } from './security-settings-form.js';
import { listAccounts, userKeys } from './users-api.js';
import { ScrollTable } from '../shell/scroll-table.js';

/** Staff accounts (admin): who can sign in, in which role, bound to which programs. */
export default function UsersPage(): ReactNode {
  const w = words.users;
  const accounts = useQuery({ queryKey: userKeys.all, queryFn: listAccounts });
  return (
    <Page title={w.title}>
      <p>{w.intro}</p>
      {accounts.isPending ? <Loading /> : null}
      {accounts.isError ? <LoadError error={accounts.error} retry={() => void accounts.refetch()} /> : null}
      {accounts.data ? (
        <ScrollTable label={w.title}>
          <table>
            <caption>{w.caption(accounts.data.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.email}</th>
                <th scope="col">{w.role}</th>
                <th scope="col">{w.programs}</th>
                <th scope="col">{w.state}</th>
                <th scope="col">{w.secondFactor}</th>
                <th scope="col">{w.sessions}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/users/${a.id}`} aria-label={w.manage(a.email)}>
                      {a.email}
                    </Link>
                  </td>
                  <td>{words.roles[a.role]}</td>
                  <td>
                    <ProgramNames ids={a.programs} />
                  </td>
                  <td>{a.disabledAt ? w.disabledSince(a.disabledAt) : a.lockedUntil ? w.lockedUntil(a.lockedUntil) : w.active}</td>
                  <td>{a.secondFactor ? w.secondFactorYes : w.secondFactorNo}</td>
                  <td>{a.activeSessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <AddAccountForm />
      <SecuritySettingsForm />
    </Page>
  );
}
