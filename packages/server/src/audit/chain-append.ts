import { GENESIS_HASH, rowHash } from '@carelevel/storage';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { now } from '../db/ids.js';
import { onPostgres } from '../db/on-postgres.js';
import type { AuditEntry, Changer } from './audit-store.js';

/** Any constant will do; every instance must use the same one. */
const CHAIN_LOCK_KEY = 4_241_917_011;

/** What one caller asked to record: its entries, and who and from where. */
export interface AuditAppend {
  readonly entries: readonly AuditEntry[];
  readonly by: Changer;
}

/** Link the appends into the chain in the order given, under the chain's lock (`db` is a transaction). */
export async function chainAppends(db: Db, appends: readonly AuditAppend[]): Promise<void> {
  if (onPostgres(db)) await sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(db);
  const last = await db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const at = now();
  const rows = appends.flatMap(({ entries, by }) =>
    entries.map((e) => {
      seq += 1;
      const fields = {
        seq,
        at,
        actor_id: by.actorId,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId,
        person_id: e.personId ?? null,
        ip: by.ip,
        prev_hash: prev,
      };
      prev = rowHash(fields);
      return { ...fields, hash: prev };
    }),
  );
  // Chunked: a list answer may audit hundreds of rows, and SQLite caps the variables in one statement.
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('audit_events')
      .values(rows.slice(i, i + 200))
      .execute();
}
