import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { movesFor, pathWithin, type ReferralState, type ReferralView } from '@carelevel/contract';
import { isApiProblem } from '../api/api-problem.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextAreaField, TextField } from '../forms/inputs.js';
import { localToday } from '../../local-date.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { useUser } from '../shell/session.js';
import { moveReferral, referralKeys, type MoveDates } from './referrals-api.js';

const STEP_FIELDS = ['reason', 'expectedAdmissionOn', 'admittedOn'] as const;
/** The moves that ask for something first: a reason, a date, or a confirmation (declining and admitting cannot be undone). */
type AskingMove = 'declined' | 'accepted' | 'admitted';
const ASKS: readonly ReferralState[] = ['declined', 'accepted', 'admitted'];
const asks = (to: ReferralState): to is AskingMove => ASKS.includes(to);
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
 * Declining asks for a reason, accepting for the day the program expects to admit the person, and
 * recording an admission for the day it happened; declining and admitting say they cannot be undone
 * and wait for a second press. A 412 (someone else moved it first) says so and offers a reload.
 */
export function ReferralActions({ referral, label }: { readonly referral: ReferralView; readonly label: string }): ReactNode {
  const user = useUser();
  const client = useQueryClient();
  const w = words.referrals;
  const wi = words.inbox;
  const [asking, setAsking] = useState<AskingMove | null>(null);
  const [reason, setReason] = useState('');
  const [expectedOn, setExpectedOn] = useState('');
  const [admittedOn, setAdmittedOn] = useState('');
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const form = useFormErrors(`move-${uid}`, 'body', STEP_FIELDS);
  const moves = movesFor(referral.status, user.role);

  const move = useMutation({
    mutationFn: (v: { to: ReferralState; reason?: string; dates?: MoveDates }) =>
      moveReferral(referral.id, referral.version, v.to, v.reason, v.dates),
    onSuccess: async (updated) => {
      setAsking(null);
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
      else if (asks(v.to)) form.fail(err);
      else setFailure(err);
    },
  });

  const reload = async (): Promise<void> => {
    setStale(false);
    await client.invalidateQueries({ queryKey: referralKeys.all });
  };

  const confirm = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    if (asking === 'declined') move.mutate({ to: 'declined', reason });
    else if (asking === 'accepted') move.mutate({ to: 'accepted', dates: expectedOn ? { expectedAdmissionOn: expectedOn } : {} });
    else if (asking === 'admitted') {
      if (!admittedOn) form.failWith({ admittedOn: wi.admittedOnMissing });
      else move.mutate({ to: 'admitted', dates: { admittedOn } });
    }
  };

  const ask = (to: AskingMove): void => {
    form.clear();
    if (to === 'admitted') setAdmittedOn(localToday());
    if (to === 'accepted') setExpectedOn(referral.expectedAdmissionOn ?? '');
    setAsking(to);
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
      {moves.length > 0 && !asking ? (
        <div className="button-row" role="group" aria-label={label}>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={FORWARD.includes(to) ? 'button' : 'button button--secondary'}
              disabled={move.isPending}
              onClick={() => {
                if (asks(to)) ask(to);
                else move.mutate({ to });
              }}
            >
              {wi.actions[to] ?? to}
            </button>
          ))}
        </div>
      ) : null}
      {asking ? (
        <form ref={form.formRef} noValidate className="form narrow" onSubmit={confirm}>
          <ErrorSummary items={form.summary} />
          {asking === 'declined' ? (
            <TextAreaField
              id={form.id('reason')}
              label={wi.declineReason}
              hint={wi.declineHint}
              value={reason}
              onChange={setReason}
              error={form.error('reason')}
            />
          ) : null}
          {asking === 'accepted' ? (
            <TextField
              id={form.id('expectedAdmissionOn')}
              label={wi.expectedAdmissionOn}
              hint={wi.expectedAdmissionHint}
              optional
              type="date"
              value={expectedOn}
              onChange={setExpectedOn}
              error={form.error('expectedAdmissionOn')}
            />
          ) : null}
          {asking === 'admitted' ? (
            <TextField
              id={form.id('admittedOn')}
              label={wi.admittedOn}
              hint={wi.admittedOnHint}
              type="date"
              value={admittedOn}
              onChange={setAdmittedOn}
              error={form.error('admittedOn')}
            />
          ) : null}
          {asking !== 'accepted' ? <p className="referral-actions__final">{wi.cannotUndo}</p> : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={move.isPending}>
              {wi.confirm[asking]}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                form.clear();
                setAsking(null);
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
