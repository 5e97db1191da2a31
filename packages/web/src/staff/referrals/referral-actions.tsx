import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { movesFor, pathWithin, type ReferralState, type ReferralView } from '@carelevel/contract';
import { isApiProblem } from '../api/api-problem.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextAreaField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { useUser } from '../shell/session.js';
import { moveReferral, referralKeys } from './referrals-api.js';

const REASON_FIELDS = ['reason'] as const;
/** The steps that move a referral on towards care; the others (waitlist, decline, cancel, no-show) look secondary. */
const FORWARD: readonly ReferralState[] = ['received', 'accepted', 'admitted', 'completed'];

/**
 * The server names the state as the field at fault when a decline has no reason; in this form the
 * reason is what is missing, so its error goes beside the reason.
 */
const onReason = (err: unknown): unknown =>
  isApiProblem(err) ? err.withIssues((e) => (pathWithin(e.path, ['body']) === 'status' ? { ...e, path: ['body', 'reason'] } : e)) : err;

/**
 * The next steps the signed-in role may take on one referral, sent with the version it was read at.
 * Declining asks for a reason. A 412 (someone else moved it first) says so and offers a reload.
 */
export function ReferralActions({ referral, label }: { readonly referral: ReferralView; readonly label: string }): ReactNode {
  const user = useUser();
  const client = useQueryClient();
  const w = words.referrals;
  const wi = words.inbox;
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const form = useFormErrors(`decline-${uid}`, 'body', REASON_FIELDS);
  const moves = movesFor(referral.status, user.role);

  const move = useMutation({
    mutationFn: (v: { to: ReferralState; reason?: string }) => moveReferral(referral.id, referral.version, v.to, v.reason),
    onSuccess: async (updated) => {
      setDeclining(false);
      setReason('');
      setFailure(null);
      setDone(w.moved(w.status[updated.status] ?? updated.status));
      await client.invalidateQueries({ queryKey: referralKeys.all });
    },
    onError: (err, v) => {
      setDone('');
      if (isApiProblem(err) && err.status === 412) {
        setStale(true);
        return;
      }
      if (v.to === 'declined') form.fail(onReason(err));
      else setFailure(err);
    },
  });

  const reload = async (): Promise<void> => {
    setStale(false);
    await client.invalidateQueries({ queryKey: referralKeys.all });
  };

  const decline = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    move.mutate({ to: 'declined', reason });
  };

  return (
    <div className="referral-actions">
      <p role="status" className="referral-actions__done">
        {done}
      </p>
      {stale ? (
        <div className="notice notice--error" role="alert">
          <p>{w.stale}</p>
          <button type="button" className="button button--secondary" onClick={() => void reload()}>
            {w.reload}
          </button>
        </div>
      ) : null}
      {failure ? (
        <div className="notice notice--error" role="alert">
          <p>{problemWords(failure)}</p>
        </div>
      ) : null}
      {moves.length > 0 && !declining ? (
        <div className="button-row" role="group" aria-label={label}>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={FORWARD.includes(to) ? 'button' : 'button button--secondary'}
              disabled={move.isPending}
              onClick={() => {
                if (to === 'declined') {
                  form.clear();
                  setDeclining(true);
                } else move.mutate({ to });
              }}
            >
              {wi.actions[to] ?? to}
            </button>
          ))}
        </div>
      ) : null}
      {declining ? (
        <form ref={form.formRef} noValidate className="form narrow" onSubmit={decline}>
          <ErrorSummary items={form.summary} />
          <TextAreaField
            id={form.id('reason')}
            label={wi.declineReason}
            hint={wi.declineHint}
            value={reason}
            onChange={setReason}
            error={form.error('reason')}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={move.isPending}>
              {wi.confirmDecline}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                form.clear();
                setDeclining(false);
              }}
            >
              {wi.keep}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function problemWords(err: unknown): string {
  if (isApiProblem(err)) return words.problems[err.code] ?? err.errors[0]?.message ?? err.detail ?? err.title;
  return err instanceof Error ? err.message : String(err);
}
