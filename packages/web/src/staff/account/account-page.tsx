import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api } from '../api/client.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { useSession } from '../shell/session.js';
import { LoadError, Loading } from '../shell/status.js';
import { accountKeys, ownSessions, signOutEverywhere } from './account-api.js';
import { SecondFactorEnrolment } from './second-factor-enrolment.js';
import { SessionsTable } from './sessions-table.js';

/** A person's own account: where they are signed in (and signing out everywhere), and their second factor. */
export default function AccountPage(): ReactNode {
  const w = words.account;
  const { signOut } = useSession();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: accountKeys.sessions, queryFn: ownSessions });
  const enrolled = useQuery({
    queryKey: ['account', 'second-factor'],
    queryFn: async () => (await api.get<{ secondFactor?: boolean }>('api/v1/session')).secondFactor === true,
  });
  const [enrolling, setEnrolling] = useState(false);
  const everywhere = useMutation({
    mutationFn: signOutEverywhere,
    // This session ended with the others: back to sign-in, and nothing of the records kept.
    onSuccess: () => signOut(),
  });
  return (
    <Page title={w.title}>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{w.sessionsTitle}</h2>
        <p>{w.sessionsIntro}</p>
        {sessions.isPending ? <Loading /> : null}
        {sessions.isError ? <LoadError error={sessions.error} retry={() => void sessions.refetch()} /> : null}
        {sessions.data ? <SessionsTable sessions={sessions.data} label={w.sessionsTitle} /> : null}
        <p>{w.signOutEverywhereHint}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={everywhere.isPending}
            onClick={() => {
              everywhere.mutate();
            }}
          >
            {w.signOutEverywhere}
          </button>
        </div>
      </section>
      <section aria-labelledby="second-factor-title">
        <h2 id="second-factor-title">{w.secondFactorTitle}</h2>
        {enrolled.data === true ? <p>{w.secondFactorOn}</p> : null}
        {enrolled.data === false && !enrolling ? <p>{w.secondFactorOff}</p> : null}
        {enrolled.data === false ? (
          enrolling ? (
            <SecondFactorEnrolment
              onDone={() => {
                setEnrolling(false);
                void client.invalidateQueries({ queryKey: ['account'] });
              }}
            />
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEnrolling(true);
                }}
              >
                {w.enrolStart}
              </button>
            </div>
          )
        ) : null}
      </section>
    </Page>
  );
}
