import type { FastifyInstance } from 'fastify';
import type { AppDatabase } from '@carelevel/storage';
import { recountReportCounts } from '../reports/report-recount.js';
import { asToken } from './harness.js';

/** When each step of a test referral happened (ISO times); steps left out are not taken. */
export interface ReferralTimes {
  readonly requested: string;
  readonly received?: string;
  readonly accepted?: string;
  readonly admitted?: string;
}

/**
 * A referral moved through its states by an admin over the API, then dated as the test needs (the
 * API stamps "now"; waiting times need hours and days between steps). Needs a live consent.
 */
export async function referralWithHistory(
  app: FastifyInstance,
  database: AppDatabase,
  adminToken: string,
  personId: string,
  programId: string,
  times: ReferralTimes,
): Promise<string> {
  const admin = asToken(app, adminToken);
  const created = await admin({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [programId] } });
  const id = created.json<{ referrals: { id: string }[] }>().referrals[0]?.id;
  if (!id) throw new Error(`referral not created: ${created.body}`);
  let version = 1;
  for (const status of ['received', 'accepted', 'admitted'] as const) {
    if (!times[status]) break;
    const res = await admin({
      method: 'PATCH',
      url: `/api/v1/referrals/${id}`,
      headers: { 'if-match': `"${version}"` },
      // The admission day is today for the move (an admission cannot be before the referral was
      // sent), then dated with the rest below.
      payload: { status, ...(status === 'admitted' ? { admittedOn: new Date().toISOString().slice(0, 10) } : {}) },
    });
    if (res.statusCode !== 200) throw new Error(`referral not moved to ${status}: ${res.body}`);
    version += 1;
  }
  const db = database.db;
  await db
    .updateTable('referrals')
    .set({ created_at: times.requested, admitted_on: times.admitted?.slice(0, 10) ?? null })
    .where('id', '=', id)
    .execute();
  for (const status of ['requested', 'received', 'accepted', 'admitted'] as const) {
    const at = times[status];
    if (at)
      await db.updateTable('referral_transitions').set({ at }).where('referral_id', '=', id).where('to_status', '=', status).execute();
  }
  // Dated behind the app's back: the milestones on the row and the report's counts follow the history.
  await recountReportCounts(db);
  return id;
}
