import { ACKNOWLEDGED, ADMITTED } from '@carelevel/contract';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { onPostgres } from '../db/on-postgres.js';
import { recountedDeterminations } from './determination-counts.js';
import { replaceCounts } from './kept-counts.js';
import { referralCounting, type CountedReferral } from './referral-counts.js';

/** Referrals read per statement. */
const BATCH = 1000;

/** What a recount found different from what was kept (all 0: the kept counts were right). */
export interface RecountFound {
  /** Keys of `determination_counts` whose count was different. */
  readonly determinationCounts: number;
  readonly referralCounts: number;
  readonly referralWaitCounts: number;
  /** Referrals whose first acknowledgement or admission on the row was not their history's. */
  readonly referralMilestones: number;
}

/**
 * Rebuild every count the app keeps for the admin report from the records themselves: determinations,
 * and referrals with their histories (the first move to `received` and to `admitted`). For records
 * changed behind the app's back (a repair by hand, a test's dating) and to check the kept counts
 * (`carelevel reports recount`). It reads every determination and referral. On PostgreSQL it holds the
 * count tables meanwhile, so a write landing during the recount waits and then counts itself.
 */
export async function recountReportCounts(db: Db): Promise<RecountFound> {
  return db.transaction().execute(async (tx) => {
    if (onPostgres(tx)) await sql`lock table determination_counts, referral_counts, referral_wait_counts in exclusive mode`.execute(tx);
    const determinationCounts = await replaceCounts(tx, 'determination_counts', await recountedDeterminations(tx));
    const referrals: { after: CountedReferral }[] = [];
    let referralMilestones = 0;
    let after = '';
    for (;;) {
      const rows = await tx
        .selectFrom('referrals')
        .select(['id', 'created_at', 'status', 'admitted_on', 'acknowledged_at', 'admitted_at'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      const last = rows.at(-1);
      if (!last) break;
      const firsts = await tx
        .selectFrom('referral_transitions')
        .select(['referral_id', 'to_status', (eb) => eb.fn.min('at').as('first_at')])
        .where(
          'referral_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('to_status', 'in', [ACKNOWLEDGED, ADMITTED])
        .groupBy(['referral_id', 'to_status'])
        .execute();
      const reachedAt = new Map(firsts.map((f) => [`${f.referral_id} ${f.to_status}`, f.first_at]));
      const first = (id: string, state: string): string | null => reachedAt.get(`${id} ${state}`) ?? null;
      for (const r of rows) {
        const reached = { acknowledged_at: first(r.id, ACKNOWLEDGED), admitted_at: first(r.id, ADMITTED) };
        if (reached.acknowledged_at !== r.acknowledged_at || reached.admitted_at !== r.admitted_at) {
          referralMilestones += 1;
          await tx.updateTable('referrals').set(reached).where('id', '=', r.id).execute();
        }
        referrals.push({ after: { ...r, ...reached } });
      }
      after = last.id;
    }
    const counted = referralCounting(referrals);
    return {
      determinationCounts,
      referralCounts: await replaceCounts(tx, 'referral_counts', counted.statuses),
      referralWaitCounts: await replaceCounts(tx, 'referral_wait_counts', counted.waits),
      referralMilestones,
    };
  });
}
