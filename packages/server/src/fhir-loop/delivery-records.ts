import { DomainError, type ReferralDelivery } from '@carelevel/contract';
import { now } from '../db/ids.js';
import type { RecordAccess } from '../records/record-access.js';
import { findReferral } from '../referrals/referral-store.js';
import { deliveryOf, settle } from './delivery-store.js';
import { deliveryView } from './delivery-view.js';

/** What "try again" makes of a stored status: a stopped row starts over, a waiting one is brought forward. */
const AGAIN: Readonly<Record<string, string | undefined>> = {
  pending: 'pending',
  'needs-attention': 'pending',
  'cancel-due': 'cancel-due',
  'cancel-stopped': 'cancel-due',
};

/** A referral's delivery to the program's system, as the referring side acts on it. */
export class DeliveryRecords {
  constructor(private readonly access: RecordAccess) {}

  /**
   * Try again now: a delivery (or a cancellation to tell) that stopped for a person starts over with a
   * full set of attempts, one that is waiting to retry is brought forward. One already in the program's system (or withdrawn)
   * has nothing to try again: the answer is where it stands, and nothing is written.
   */
  async retry(referralId: string): Promise<ReferralDelivery> {
    this.access.requireRole('careTeam');
    const referral = await findReferral(this.access.db, referralId);
    if (!referral) throw new DomainError('not-found');
    return this.access.write(async (tx) => {
      const row = await deliveryOf(tx, referralId);
      if (!row) throw new DomainError('not-found', [], "this referral's program has no FHIR system to send it to");
      const again = AGAIN[row.status];
      if (!again) return { result: deliveryView(row), audit: [] };
      const at = now();
      const change = { status: again, attempts: row.status === again ? row.attempts : 0, next_attempt_at: at };
      await settle(tx, row.id, change, at);
      return {
        result: deliveryView({ ...row, ...change, claimed_until: null, updated_at: at }),
        audit: [{ action: 'update', entityType: 'fhir-delivery', entityId: row.id, personId: referral.person_id }],
      };
    });
  }
}
