import { sql, type Kysely, type Migration } from 'kysely';
import { GENESIS_HASH, rowHash, type ChainedFields } from '../audit-row-hash.js';
import type { DialectName } from '../dialect.js';

type Db = Kysely<unknown>;

/** Chain the audit log: each row gets the previous row's hash and its own; rows already there are chained in seq order. */
export function auditChain(dialect: DialectName): Migration {
  const dropTrigger =
    dialect === 'postgres' ? 'drop trigger audit_events_no_change on audit_events' : 'drop trigger audit_events_no_update';
  return {
    async up(db: Db): Promise<void> {
      await db.schema
        .alterTable('audit_events')
        .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('audit_events')
        .addColumn('hash', 'varchar(64)', (c) => c.notNull().defaultTo(''))
        .execute();
      // The append-only trigger refuses the one-time backfill; it is lifted for it inside this
      // migration's transaction and put back before the transaction ends.
      await sql.raw(dropTrigger).execute(db);
      const rows = await sql<ChainedFields>`select seq, at, actor_id, action, entity_type, entity_id, person_id, ip
        from audit_events order by seq`.execute(db);
      let prev = GENESIS_HASH;
      for (const r of rows.rows) {
        const hash = rowHash({ ...r, prev_hash: prev });
        await sql`update audit_events set prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(db);
        prev = hash;
      }
      if (dialect === 'postgres')
        await sql`create trigger audit_events_no_change before update or delete on audit_events
          for each row execute function audit_events_append_only()`.execute(db);
      else
        await sql`create trigger audit_events_no_update before update on audit_events
          begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    },
    down(): Promise<void> {
      return Promise.reject(new Error('the audit log is never unchained'));
    },
  };
}
