import type { DialectName } from '@carelevel/directory';
import { sql, type Kysely, type Migration } from 'kysely';
import { GENESIS_HASH, rowHash, type ChainedFields } from '../audit/audit-chain.js';

// Issue 11's schema: accounts that can end, a second factor, one aftercare plan per person, and an
// audit log chained by hashes.

type Db = Kysely<unknown>;
const time = 'varchar(32)';

const accountLifecycle: Migration = {
  async up(db: Db): Promise<void> {
    for (const [name, type] of [
      ['disabled_at', time],
      ['totp_secret', 'varchar(64)'],
      ['totp_pending_secret', 'varchar(64)'],
      ['totp_enabled_at', time],
      ['totp_last_step', 'bigint'],
    ] as const)
      await db.schema.alterTable('users').addColumn(name, type).execute();
    await db.schema
      .alterTable('sessions')
      .addColumn('ip', 'varchar(64)', (c) => c.notNull().defaultTo('unknown'))
      .execute();
    await db.schema
      .createTable('recovery_codes')
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('used_at', time)
      .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
      .execute();
    await db.schema
      .createTable('settings')
      .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(36)')
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropTable('settings').execute();
    await db.schema.dropTable('recovery_codes').execute();
    await db.schema.alterTable('sessions').dropColumn('ip').execute();
    for (const name of ['totp_last_step', 'totp_enabled_at', 'totp_pending_secret', 'totp_secret', 'disabled_at'])
      await db.schema.alterTable('users').dropColumn(name).execute();
  },
};

/**
 * One aftercare plan per person, held by the database: two first saves at once used to create two.
 * A database that already has two for someone stops here with a sentence saying how to find them,
 * rather than this migration choosing which clinician's plan to throw away.
 */
const oneAftercarePlan: Migration = {
  async up(db: Db): Promise<void> {
    const twice = await sql<{ n: number | string }>`select count(*) as n from (select person_id from aftercare_plans
      group by person_id having count(*) > 1) d`.execute(db);
    const n = Number(twice.rows[0]?.n ?? 0);
    if (n > 0)
      throw new Error(
        `${n} people have more than one aftercare plan (select person_id from aftercare_plans group by person_id having count(*) > 1); keep one each, then start again`,
      );
    await db.schema.createIndex('aftercare_plans_one_per_person').on('aftercare_plans').column('person_id').unique().execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropIndex('aftercare_plans_one_per_person').execute();
  },
};

/** Chain the audit log: each row gets the previous row's hash and its own; rows already there are chained in seq order. */
function auditChain(dialect: DialectName): Migration {
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

export const securityMigrations = (dialect: DialectName): { name: string; migration: Migration }[] => [
  { name: '0105-server-account-lifecycle', migration: accountLifecycle },
  { name: '0106-server-one-aftercare-plan', migration: oneAftercarePlan },
  { name: '0107-server-audit-chain', migration: auditChain(dialect) },
];
