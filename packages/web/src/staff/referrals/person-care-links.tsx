import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ROLE_GROUPS } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { useSession } from '../shell/session.js';
import { LoadError, Loading } from '../shell/status.js';
import { ProgramLabel } from './referral-card.js';
import { listReferrals, referralKeys } from './referrals-api.js';

/**
 * For a person's record: their referrals with where each stands, and the way into the referral flow
 * and the aftercare plan. Shown to the care team only (program staff reach a person through a referral).
 */
export function PersonCareLinks({ personId }: { readonly personId: string }): ReactNode {
  const { can } = useSession();
  const w = words.referrals;
  const list = useQuery({
    queryKey: referralKeys.list({ personId }),
    queryFn: () => listReferrals({ personId, limit: 50 }),
    enabled: can(ROLE_GROUPS.careTeam),
  });
  if (!can(ROLE_GROUPS.careTeam)) return null;
  return (
    <section aria-labelledby="person-referrals">
      <h2 id="person-referrals">{w.personSection}</h2>
      <p className="button-row">
        <Link className="button" to={`/people/${personId}/refer`}>
          {w.newTitle}
        </Link>
        <Link className="button button--secondary" to={`/people/${personId}/aftercare`}>
          {words.aftercare.title}
        </Link>
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data ? (
        list.data.referrals.length === 0 ? (
          <p className="muted">{w.personNone}</p>
        ) : (
          <ul>
            {list.data.referrals.map((r) => (
              <li key={r.id}>
                <Link to={`/referrals/${r.id}`}>
                  <ProgramLabel programId={r.programId} />
                </Link>{' '}
                — {w.status[r.status] ?? r.status}, {shortDate(r.createdAt)}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
