import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { useProgramName } from './programs-api.js';
import { mayAct, type ReferralView } from '@carelevel/contract';
import { useUser } from '../shell/session.js';
import { AdmittedElsewhere, admittedWithOpenOthers } from './admitted-elsewhere.js';
import { ReferralActions } from './referral-actions.js';
import { DeliveryStatus } from './delivery-status.js';
import { HandoffFacts, PersonLabel, ReferralFacts } from './referral-card.js';
import { listReferrals, readReferral, referralKeys } from './referrals-api.js';
import './referrals.css';

/** One referral: where it stands, its history with who moved it when, and the next steps for this role. */
export default function ReferralPage(): ReactNode {
  const { referralId = '' } = useParams();
  const w = words.referrals;
  const referral = useQuery({ queryKey: referralKeys.one(referralId), queryFn: () => readReferral(referralId) });
  const programName = useProgramName(referral.data?.body.programId ?? '');
  const user = useUser();
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <LoadError error={referral.error} retry={() => void referral.refetch()} />;
  const r = referral.data.body;
  return (
    <Page title={w.detailTitle(programName)}>
      <ReferralFacts
        referral={r}
        person={
          <Link to={`/people/${r.personId}`}>
            <PersonLabel personId={r.personId} />
          </Link>
        }
      />
      <HandoffFacts referral={r} />
      <DeliveryStatus referral={r} retry />
      {user.role === 'program-staff' && r.consentLive !== false ? (
        <p>
          <Link to={`/people/${r.personId}/aftercare`}>{words.aftercare.openShared}</Link>
        </p>
      ) : null}
      <ReferralActions referral={r} label={words.inbox.actionsLabel} />
      {r.status === 'admitted' ? <OtherOpenReferrals referral={r} /> : null}
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

/**
 * After an admission, the referring side is asked to close the person's other open referrals. The
 * prompt keeps the referrals it first found, so its answer stays on screen once they are closed.
 */
function OtherOpenReferrals({ referral }: { readonly referral: ReferralView }): ReactNode {
  const user = useUser();
  const careTeam = mayAct(user.role, 'careTeam');
  const filter = { personId: referral.personId };
  const list = useQuery({ queryKey: referralKeys.list(filter), queryFn: () => listReferrals(filter), enabled: careTeam });
  const [others, setOthers] = useState<readonly ReferralView[] | null>(null);
  const found = list.data ? admittedWithOpenOthers(list.data.referrals).find((x) => x.admitted.id === referral.id) : undefined;
  useEffect(() => {
    if (found && others === null) setOthers(found.others);
  }, [found, others]);
  return others ? <AdmittedElsewhere admitted={referral} others={others} /> : null;
}
