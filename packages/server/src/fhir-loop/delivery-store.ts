import { OPEN_REFERRAL_STATES } from '@carelevel/contract';
import type { FhirDeliveriesTable } from '@carelevel/storage';
import { sql, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../db/db.js';
import { newId } from '../db/ids.js';
import { onPostgres } from '../db/on-postgres.js';

export type DeliveryRow = Selectable<FhirDeliveriesTable>;

/** Delivered referrals are followed while the program may still move them. */
const FOLLOWED_STATES = [...OPEN_REFERRAL_STATES, 'admitted'] as const;

/**
 * Queue the referrals whose programs have a FHIR endpoint, inside the transaction that makes them: a
 * referral is never made without its delivery row, and the row is due at once.
 */
export async function enqueueDeliveries(tx: Db, referrals: readonly { id: string; program_id: string }[], at: string): Promise<void> {
  if (referrals.length === 0) return;
  const withEndpoint = new Set(
    (
      await tx
        .selectFrom('program_fhir_endpoints')
        .select('program_id')
        .where(
          'program_id',
          'in',
          referrals.map((r) => r.program_id),
        )
        .execute()
    ).map((e) => e.program_id),
  );
  const rows = referrals
    .filter((r) => withEndpoint.has(r.program_id))
    .map((r) => ({
      id: newId(),
      referral_id: r.id,
      program_id: r.program_id,
      status: 'pending',
      next_attempt_at: at,
      created_at: at,
      updated_at: at,
    }));
  if (rows.length) await tx.insertInto('fhir_deliveries').values(rows).execute();
}

/**
 * The referring side cancelled these referrals (a clinician, or the person revoking the consent): where
 * one is already in a program's system, queue telling that system, in the same transaction as the
 * cancellation, so the program never goes on working a referral carelevel has ended. A referral not yet
 * sent needs nothing: its delivery is withdrawn when its turn comes.
 */
export async function queuePeerCancellation(tx: Db, referralIds: readonly string[], at: string): Promise<void> {
  if (referralIds.length === 0) return;
  await tx
    .updateTable('fhir_deliveries')
    .set({ status: 'cancel-due', attempts: 0, next_attempt_at: at, last_error: null, updated_at: at })
    .where('referral_id', 'in', [...referralIds])
    .where('status', '=', 'delivered')
    .where('peer_task_id', 'is not', null)
    .execute();
}

/**
 * Take up to `limit` rows for this instance until `holdUntil`, so two instances never send the same
 * referral at once; a row whose holder died is free again once its hold has passed. PostgreSQL picks
 * with `FOR UPDATE SKIP LOCKED` (instances skip each other's rows rather than wait); SQLite has one
 * writer, and the conditional update is the claim.
 */
async function claim(db: Db, candidates: (db: Db) => Promise<string[]>, at: string, holdUntil: string): Promise<DeliveryRow[]> {
  return db.transaction().execute(async (tx) => {
    const ids = await candidates(tx);
    if (ids.length === 0) return [];
    await tx
      .updateTable('fhir_deliveries')
      .set({ claimed_until: holdUntil })
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at)]))
      .execute();
    return await tx.selectFrom('fhir_deliveries').selectAll().where('id', 'in', ids).where('claimed_until', '=', holdUntil).execute();
  });
}

const skipLocked = (db: Db) => (onPostgres(db) ? sql`for update skip locked` : sql``);

/** Deliveries (and cancellations to tell) that are due, oldest first. */
export function claimDueDeliveries(db: Db, at: string, holdUntil: string, limit: number): Promise<DeliveryRow[]> {
  return claim(
    db,
    async (tx) =>
      (
        await sql<{ id: string }>`select id from fhir_deliveries
          where status in ('pending', 'cancel-due') and next_attempt_at <= ${at} and (claimed_until is null or claimed_until <= ${at})
          order by next_attempt_at limit ${limit} ${skipLocked(tx)}`.execute(tx)
      ).rows.map((r) => r.id),
    at,
    holdUntil,
  );
}

/** Delivered referrals the program may still move, not polled since `polledBefore` (or named by a notification). */
export function claimDueFollows(
  db: Db,
  at: string,
  polledBefore: string,
  holdUntil: string,
  limit: number,
  only?: readonly string[],
): Promise<DeliveryRow[]> {
  const states = sql.join(FOLLOWED_STATES.map((s) => sql`${s}`));
  const named = only
    ? sql`and d.id in (${sql.join(only.length ? only.map((id) => sql`${id}`) : [sql`''`])})`
    : sql`and (d.peer_polled_at is null or d.peer_polled_at <= ${polledBefore})`;
  return claim(
    db,
    async (tx) =>
      (
        await sql<{ id: string }>`select d.id from fhir_deliveries d join referrals r on r.id = d.referral_id
          where d.status = 'delivered' and d.peer_task_id is not null and r.status in (${states})
          and (d.claimed_until is null or d.claimed_until <= ${at}) ${named}
          order by d.peer_polled_at limit ${limit} ${onPostgres(tx) ? sql`for update of d skip locked` : sql``}`.execute(tx)
      ).rows.map((r) => r.id),
    at,
    holdUntil,
  );
}

type Change = Omit<Updateable<FhirDeliveriesTable>, 'id' | 'referral_id' | 'program_id' | 'created_at'>;

/** Record what came of the work on a claimed row, and let go of it. */
export async function settle(db: Db, id: string, change: Change, at: string): Promise<void> {
  await db
    .updateTable('fhir_deliveries')
    .set({ ...change, claimed_until: null, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export const deliveryOf = (db: Db, referralId: string): Promise<DeliveryRow | undefined> =>
  db.selectFrom('fhir_deliveries').selectAll().where('referral_id', '=', referralId).executeTakeFirst();

export async function deliveriesOf(db: Db, referralIds: readonly string[]): Promise<Map<string, DeliveryRow>> {
  if (referralIds.length === 0) return new Map();
  const rows = (await db.selectFrom('fhir_deliveries').selectAll().where('referral_id', 'in', referralIds).execute()) as DeliveryRow[];
  return new Map(rows.map((r) => [r.referral_id, r]));
}

/** The deliveries of a program whose peer Task is one of these (a notification names the peer's ids). */
export async function deliveriesByPeerTask(db: Db, programId: string, taskIds: readonly string[]): Promise<DeliveryRow[]> {
  if (taskIds.length === 0) return [];
  return await db
    .selectFrom('fhir_deliveries')
    .selectAll()
    .where('program_id', '=', programId)
    .where('peer_task_id', 'in', taskIds)
    .execute();
}
