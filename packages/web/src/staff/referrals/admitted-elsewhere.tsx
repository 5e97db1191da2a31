import { ADMITTED_ELSEWHERE, mayAct, OPEN_REFERRAL_STATES, type ReferralState, type ReferralView } from '@carelevel/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { useUser } from '../shell/session.js';
import { useProgramName } from './programs-api.js';
import { PersonLabel } from './referral-card.js';
import { moveReferral, referralKeys } from './referrals-api.js';

const isOpenState = (s: ReferralState): boolean => (OPEN_REFERRAL_STATES as readonly ReferralState[]).includes(s);

/** Each admitted referral with the same person's other referrals still open, from one list. */
export function admittedWithOpenOthers(referrals: readonly ReferralView[]): { admitted: ReferralView; others: ReferralView[] }[] {
  return referrals
    .filter((r) => r.status === 'admitted')
    .map((admitted) => ({
      admitted,
      others: referrals.filter((o) => o.personId === admitted.personId && o.id !== admitted.id && isOpenState(o.status)),
    }))
    .filter((x) => x.others.length > 0);
}

/**
 * Once one program admits the person, the referring side is asked to close the other open referrals,
 * each cancelled with the reason "admitted elsewhere", so those programs stop holding a place and see
 * why. Only the care team (the referring side) sees it.
 */
export function AdmittedElsewhere({
  admitted,
  others,
  showPerson = false,
}: {
  readonly admitted: ReferralView;
  readonly others: readonly ReferralView[];
  readonly showPerson?: boolean;
}): ReactNode {
  const user = useUser();
  const client = useQueryClient();
  const w = words.referrals;
  const program = useProgramName(admitted.programId);
  const headingId = `elsewhere-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [done, setDone] = useState('');
  const close = useMutation({
    mutationFn: async () => {
      for (const o of others) await moveReferral(o.id, o.version, 'cancelled', ADMITTED_ELSEWHERE);
      return others.length;
    },
    onSuccess: async (n) => {
      setDone(w.elsewhereDone(n));
      await client.invalidateQueries({ queryKey: referralKeys.all });
    },
    onError: async () => {
      await client.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
  if (!mayAct(user.role, 'careTeam')) return null;
  return (
    <section className="notice" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {w.elsewhereHeading}
        {showPerson ? (
          <>
            {': '}
            <PersonLabel personId={admitted.personId} />
          </>
        ) : null}
      </h2>
      <p role="status">{done}</p>
      {done ? null : (
        <>
          <p>{w.elsewhereText(others.length, program)}</p>
          {close.isError ? (
            <p className="notice notice--error" role="alert">
              {w.stale}
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={close.isPending}
            onClick={() => {
              close.mutate();
            }}
          >
            {w.elsewhereClose(others.length)}
          </button>
        </>
      )}
    </section>
  );
}
