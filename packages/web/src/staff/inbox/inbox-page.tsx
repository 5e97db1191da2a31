import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReferralState, ReferralView } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { useProgramName } from '../referrals/programs-api.js';
import { ReferralCard } from '../referrals/referral-card.js';
import { listReferrals, referralKeys } from '../referrals/referrals-api.js';
import '../referrals/referrals.css';
import { Page } from '../shell/page.js';
import { useUser } from '../shell/session.js';
import { LoadError, Loading } from '../shell/status.js';

/** Work to do first: new referrals to acknowledge, then decisions, then admissions. */
const SECTIONS: readonly { key: string; statuses: readonly ReferralState[]; actions: boolean }[] = [
  { key: 'requested', statuses: ['requested'], actions: true },
  { key: 'received', statuses: ['received'], actions: true },
  { key: 'waitlisted', statuses: ['waitlisted'], actions: true },
  { key: 'accepted', statuses: ['accepted'], actions: true },
  { key: 'admitted', statuses: ['admitted'], actions: true },
  { key: 'closed', statuses: ['declined', 'completed', 'cancelled', 'no-show'], actions: false },
];

/**
 * Program staff's incoming referrals, with the next step on each (acknowledge, accept, decline with a
 * reason, waitlist, admit), and a link to keep the program's openings and schedule current.
 */
export default function InboxPage(): ReactNode {
  const w = words.inbox;
  const user = useUser();
  const list = useQuery({ queryKey: referralKeys.list({}), queryFn: () => listReferrals() });
  return (
    <Page title={w.title} lead={w.intro}>
      {user.role === 'program-staff' ? (
        <section aria-labelledby="own-program">
          <h2 id="own-program">{w.programHeading}</h2>
          {user.programs.length === 0 ? (
            <p>{w.noPrograms}</p>
          ) : (
            <ul>
              {user.programs.map((id) => (
                <li key={id}>
                  <Link to={`/inbox/programs/${id}`}>
                    <OpeningsLinkText programId={id} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data
        ? SECTIONS.map((s) => (
            <InboxSection
              key={s.key}
              id={`inbox-${s.key}`}
              title={w.sections[s.key] ?? s.key}
              actions={s.actions}
              items={list.data.referrals.filter((r) => s.statuses.includes(r.status))}
            />
          ))
        : null}
    </Page>
  );
}

function OpeningsLinkText({ programId }: { readonly programId: string }): ReactNode {
  return words.inbox.openingsLink(useProgramName(programId));
}

function InboxSection(p: {
  readonly id: string;
  readonly title: string;
  readonly actions: boolean;
  readonly items: readonly ReferralView[];
}): ReactNode {
  const w = words.referrals;
  return (
    <section aria-labelledby={p.id}>
      <h2 id={p.id}>
        {p.title} <span className="referral-column__count">({w.count(p.items.length)})</span>
      </h2>
      {p.items.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="plain-list">
          {p.items.map((r) => (
            <li key={r.id}>
              <ReferralCard referral={r} actions={p.actions} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
