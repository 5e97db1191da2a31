import { DIRECTORY_MIGRATIONS, type DialectName, type NamedMigration } from '@carelevel/directory';
import { sql, type Kysely, type Migration } from 'kysely';
import { securityMigrations } from './security-migrations.js';

// The server's migrations run after the directory's (0001–0099) through the same migrator; ours are 0100+.

type Db = Kysely<unknown>;
const text = 'text';
const time = 'varchar(32)';

const accounts: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
      .addColumn('password_hash', text, (c) => c.notNull())
      .addColumn('role', 'varchar(20)', (c) => c.notNull())
      .addColumn('programs', text, (c) => c.notNull())
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', time)
      .addColumn('created_at', time, (c) => c.notNull())
      .addCheckConstraint('users_role', sql`role in ('admin', 'clinician', 'navigator', 'program-staff')`)
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('last_seen_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('label', text, (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('revoked_at', time)
      .execute();
  },
  async down(db: Db): Promise<void> {
    for (const t of ['api_tokens', 'sessions', 'users']) await db.schema.dropTable(t).execute();
  },
};

const records: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('people')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('given_name', text, (c) => c.notNull())
      .addColumn('family_name', text, (c) => c.notNull())
      .addColumn('birth_date', 'varchar(10)')
      .addColumn('preferred_language', 'varchar(35)')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('assessments')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('supersedes', 'varchar(36)', (c) => c.references('assessments.id'))
      .addColumn('case_json', text, (c) => c.notNull())
      .addColumn('recommendation_json', text, (c) => c.notNull())
      .addColumn('rules_version', 'varchar(40)', (c) => c.notNull())
      .addColumn('indicated_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('signed_by', 'varchar(36)')
      .addColumn('signed_at', time)
      .execute();
    await db.schema.createIndex('assessments_person').on('assessments').columns(['person_id', 'created_at']).execute();
    await db.schema
      .createTable('determinations')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('indicated_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('chosen_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('variance_reason', 'varchar(40)')
      .addColumn('note', text)
      .addColumn('decided_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('decided_at', time, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('episodes')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)')
      .addColumn('level', 'varchar(40)', (c) => c.notNull())
      .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('ended_on', 'varchar(10)')
      .addColumn('outcome', 'varchar(40)')
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('episodes_person').on('episodes').columns(['person_id', 'started_on']).execute();
    await db.schema
      .createTable('consents')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('purpose', text, (c) => c.notNull())
      .addColumn('shares', text, (c) => c.notNull())
      .addColumn('expires_at', time, (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('revoked_at', time)
      .addColumn('revoked_by', 'varchar(36)')
      .execute();
    await db.schema.createIndex('consents_person_program').on('consents').columns(['person_id', 'program_id']).execute();
    await db.schema
      .createTable('referrals')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('group_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('consent_id', 'varchar(36)', (c) => c.notNull().references('consents.id'))
      .addColumn('level', 'varchar(40)')
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('reason', text)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('referrals_program_status').on('referrals').columns(['program_id', 'status']).execute();
    await db.schema.createIndex('referrals_person').on('referrals').column('person_id').execute();
    await db.schema
      .createTable('referral_transitions')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('referral_id', 'varchar(36)', (c) => c.notNull().references('referrals.id'))
      .addColumn('from_status', 'varchar(20)')
      .addColumn('to_status', 'varchar(20)', (c) => c.notNull())
      .addColumn('reason', text)
      .addColumn('by_user', 'varchar(36)', (c) => c.notNull())
      .addColumn('at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('referral_transitions_referral').on('referral_transitions').columns(['referral_id', 'at']).execute();
    await db.schema
      .createTable('aftercare_plans')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('plan_json', text, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', time, (c) => c.notNull())
      .addColumn('updated_at', time, (c) => c.notNull())
      .execute();
  },
  async down(db: Db): Promise<void> {
    for (const t of [
      'aftercare_plans',
      'referral_transitions',
      'referrals',
      'consents',
      'episodes',
      'determinations',
      'assessments',
      'people',
    ])
      await db.schema.dropTable(t).execute();
  },
};

/** The audit log; the database itself refuses to change or remove a row (triggers per dialect). */
function auditLog(dialect: DialectName): Migration {
  return {
    async up(db: Db): Promise<void> {
      await db.schema
        .createTable('audit_events')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', time, (c) => c.notNull())
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

/** A clinician's per-dimension rating adjustments, kept beside the engine's ratings (JSON text). */
const determinationAdjustments: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').addColumn('adjustments_json', text).execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').dropColumn('adjustments_json').execute();
  },
};

/** Continued-stay reviews: the engine's transition beside the one recorded, and the episodes it moved. */
const careTransitions: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('care_transitions')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('previous_assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('current_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_action', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_to_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_json', text, (c) => c.notNull())
      .addColumn('rules_version', 'varchar(40)', (c) => c.notNull())
      .addColumn('action', 'varchar(40)', (c) => c.notNull())
      .addColumn('to_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('program_id', 'varchar(64)')
      .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('note', text)
      .addColumn('ended_episode_id', 'varchar(36)', (c) => c.references('episodes.id'))
      .addColumn('opened_episode_id', 'varchar(36)', (c) => c.references('episodes.id'))
      .addColumn('recorded_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('recorded_at', time, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('care_transitions_person').on('care_transitions').columns(['person_id', 'effective_on']).execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropTable('care_transitions').execute();
  },
};

/** Every migration the server runs, directory first. */
export function serverMigrations(dialect: DialectName): readonly NamedMigration[] {
  return [
    ...DIRECTORY_MIGRATIONS,
    { name: '0100-server-accounts', migration: accounts },
    { name: '0101-server-records', migration: records },
    { name: '0102-server-audit-log', migration: auditLog(dialect) },
    { name: '0103-server-determination-adjustments', migration: determinationAdjustments },
    { name: '0104-server-care-transitions', migration: careTransitions },
    ...securityMigrations(dialect),
  ];
}
