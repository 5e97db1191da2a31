import type { ReferralDelivery } from '@carelevel/contract';
import type { DeliveryRow } from './delivery-store.js';

/** A delivery row as the referring side reads it. */
export function deliveryView(row: DeliveryRow): ReferralDelivery {
  const state =
    row.status === 'delivered' || row.status === 'needs-attention' || row.status === 'withdrawn'
      ? row.status
      : row.attempts > 0
        ? 'retrying'
        : 'sending';
  return {
    state,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastError: row.status === 'delivered' ? null : row.last_error,
    deliveredAt: row.delivered_at,
  };
}
