import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import { TIME } from './column-types.js';

type Db = Kysely<unknown>;

/** The audit log; the database itself refuses to change or remove a row (triggers per dialect). */
export function auditLog(dialect: DialectName): Migration {
  return {
    async up(db: Db): Promise<void> {
      await db.schema
        .createTable('audit_events')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', TIME, (c) => c.notNull())
        .addColumn('actor_id', 'varchar(36)')
        .addColumn('action', 'varchar(40)', (c) => c.notNull())
        .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('person_id', 'varchar(36)')
        .addColumn('ip', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity_type', 'entity_id']).execute();
      await db.schema.createIndex('audit_events_person').on('audit_events').column('person_id').execute();
      if (dialect === 'postgres') {
        await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit_events is append-only'; end $$`.execute(db);
        await sql`create trigger audit_events_no_change before update or delete on audit_events
          for each row execute function audit_events_append_only()`.execute(db);
        await sql`create trigger audit_events_no_truncate before truncate on audit_events
          for each statement execute function audit_events_append_only()`.execute(db);
      } else {
        await sql`create trigger audit_events_no_update before update on audit_events
          begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
        await sql`create trigger audit_events_no_delete before delete on audit_events
          begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
      }
    },
    down(): Promise<void> {
      return Promise.reject(new Error('the audit log is never dropped'));
    },
  };
}
