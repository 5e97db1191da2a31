import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { useProgram } from './programs-api.js';
import { ReferralActions } from './referral-actions.js';
import { PersonLabel, ReferralFacts } from './referral-card.js';
import { readReferral, referralKeys } from './referrals-api.js';
import './referrals.css';

/** One referral: where it stands, its history with who moved it when, and the next steps for this role. */
export default function ReferralPage(): ReactNode {
  const { referralId = '' } = useParams();
  const w = words.referrals;
  const referral = useQuery({ queryKey: referralKeys.one(referralId), queryFn: () => readReferral(referralId) });
  const program = useProgram(referral.data?.body.programId ?? '');
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <LoadError error={referral.error} retry={() => void referral.refetch()} />;
  const r = referral.data.body;
  return (
    <Page title={w.detailTitle(program.data?.name ?? r.programId)}>
      <ReferralFacts
        referral={r}
        person={
          <Link to={`/people/${r.personId}`}>
            <PersonLabel personId={r.personId} />
          </Link>
        }
      />
      <ReferralActions referral={r} label={words.inbox.actionsLabel} />
      <h2>{w.history}</h2>
      <ol className="plain-list">
        {r.transitions.map((x, i) => (
          <li key={`${x.at}-${i}`} className="card">
            <strong>{x.from === null ? w.historyFirst : w.historyMove(w.status[x.to] ?? x.to)}</strong>
            <span className="muted"> — {shortDateTime(x.at)}</span>
            {x.reason ? <p>{x.reason}</p> : null}
          </li>
        ))}
      </ol>
    </Page>
  );
}
