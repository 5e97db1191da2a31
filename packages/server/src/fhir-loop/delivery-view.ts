import type { ReferralDelivery } from '@carelevel/contract';
import type { DeliveryRow } from './delivery-store.js';

/** A delivery row as the referring side reads it. */
export function deliveryView(row: DeliveryRow): ReferralDelivery {
  const state = STORED[row.status] ?? (row.attempts > 0 ? 'retrying' : 'sending');
  const waiting = row.status === 'pending' || row.status === 'cancel-due';
  return {
    state,
    attempts: row.attempts,
    nextAttemptAt: waiting ? row.next_attempt_at : null,
    lastError: row.status === 'delivered' || row.status === 'cancel-sent' ? null : row.last_error,
    deliveredAt: row.delivered_at,
  };
}

/** Stored statuses that read as one state; `pending` reads as sending or retrying by its attempts. */
const STORED: Readonly<Record<string, ReferralDelivery['state'] | undefined>> = {
  delivered: 'delivered',
  'needs-attention': 'needs-attention',
  withdrawn: 'withdrawn',
  'cancel-due': 'cancelling',
  'cancel-sent': 'cancel-delivered',
  'cancel-stopped': 'cancel-needs-attention',
};
