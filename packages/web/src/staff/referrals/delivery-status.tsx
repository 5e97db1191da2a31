import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { mayAct, type DeliveryState, type ReferralView } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { useUser } from '../shell/session.js';
import { problemText } from '../shell/status.js';
import { referralKeys, retryDelivery } from './referrals-api.js';

/**
 * How a referral is getting to the program's own system, when the program has one: being sent, in
 * it, failing and retrying (when next, and what went wrong), or stopped for a person. On the
 * referral's page (`retry`) the care team may try a stopped or waiting delivery again.
 */
export function DeliveryStatus({ referral, retry = false }: { readonly referral: ReferralView; readonly retry?: boolean }): ReactNode {
  const d = referral.delivery;
  const w = words.delivery;
  const user = useUser();
  const client = useQueryClient();
  const again = useMutation({
    mutationFn: () => retryDelivery(referral.id),
    onSuccess: () => client.invalidateQueries({ queryKey: referralKeys.all }),
  });
  if (!d) return null;
  const next = d.nextAttemptAt ? shortDateTime(d.nextAttemptAt) : '';
  const cancelRetrying = d.state === 'cancelling' && d.attempts > 0;
  const trouble = d.state === 'retrying' || d.state === 'needs-attention' || cancelRetrying || d.state === 'cancel-needs-attention';
  const lines: Record<DeliveryState, string> = {
    sending: w.sending,
    delivered: w.delivered(d.deliveredAt ? shortDateTime(d.deliveredAt) : ''),
    retrying: w.retrying(next),
    'needs-attention': w.needsAttention,
    withdrawn: w.withdrawn,
    cancelling: cancelRetrying ? w.cancelRetrying(next) : w.cancelling,
    'cancel-delivered': w.cancelDelivered,
    'cancel-needs-attention': w.cancelNeedsAttention,
  };
  const line = lines[d.state];
  const canRetry = retry && trouble && mayAct(user.role, 'careTeam');
  return (
    <div className={`delivery delivery--${d.state}${trouble ? ' notice notice--warning' : ''}`}>
      <p>
        <strong>{w.label}: </strong>
        {line}
      </p>
      {trouble && d.lastError ? <p>{w.lastError(d.lastError, d.attempts)}</p> : null}
      {canRetry ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={again.isPending}
            onClick={() => {
              again.mutate();
            }}
          >
            {w.tryAgain}
          </button>
        </div>
      ) : null}
      {retry ? <p role="status">{again.isSuccess ? w.retryQueued : ''}</p> : null}
      {again.isError ? (
        <p className="notice notice--error" role="alert">
          {problemText(again.error)}
        </p>
      ) : null}
    </div>
  );
}
