import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ReferralState, ReferralView } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { AdmittedElsewhere, admittedWithOpenOthers } from './admitted-elsewhere.js';
import { ReferralCard } from './referral-card.js';
import { listReferrals, referralKeys } from './referrals-api.js';
import './referrals.css';

/** The board's columns, in the order a referral moves; cancelled and no-show share the last. */
export const BOARD_COLUMNS: readonly { key: string; statuses: readonly ReferralState[] }[] = [
  { key: 'requested', statuses: ['requested'] },
  { key: 'received', statuses: ['received'] },
  { key: 'accepted', statuses: ['accepted'] },
  { key: 'waitlisted', statuses: ['waitlisted'] },
  { key: 'declined', statuses: ['declined'] },
  { key: 'admitted', statuses: ['admitted'] },
  { key: 'completed', statuses: ['completed'] },
  { key: 'closed', statuses: ['cancelled', 'no-show'] },
];

/** Referrals by status for navigators and clinicians: where each person's referral stands, and how long it waited. */
export default function ReferralBoardPage(): ReactNode {
  const w = words.referrals;
  const list = useQuery({ queryKey: referralKeys.list({}), queryFn: () => listReferrals() });
  return (
    <Page title={w.boardTitle} lead={w.boardIntro}>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <p role="status">{w.total(list.data.referrals.length, list.data.total)}</p>
          {admittedWithOpenOthers(list.data.referrals).map((x) => (
            <AdmittedElsewhere key={x.admitted.id} admitted={x.admitted} others={x.others} showPerson />
          ))}
          <div className="referral-board">
            {BOARD_COLUMNS.map((col) => (
              <BoardColumn
                key={col.key}
                id={`board-${col.key}`}
                title={col.key === 'closed' ? w.cancelledOrNoShow : (w.status[col.key] ?? col.key)}
                items={list.data.referrals.filter((r) => col.statuses.includes(r.status))}
              />
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}

function BoardColumn({
  id,
  title,
  items,
}: {
  readonly id: string;
  readonly title: string;
  readonly items: readonly ReferralView[];
}): ReactNode {
  const w = words.referrals;
  return (
    <section className="referral-column" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="referral-column__count">({w.count(items.length)})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="plain-list">
          {items.map((r) => (
            <li key={r.id}>
              <ReferralCard referral={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
