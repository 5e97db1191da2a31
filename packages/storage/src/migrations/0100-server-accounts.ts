import { sql, type Kysely, type Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

type Db = Kysely<unknown>;

export const accounts: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
      .addColumn('password_hash', TEXT, (c) => c.notNull())
      .addColumn('role', 'varchar(20)', (c) => c.notNull())
      .addColumn('programs', TEXT, (c) => c.notNull())
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', TIME)
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addCheckConstraint('users_role', sql`role in ('admin', 'clinician', 'navigator', 'program-staff')`)
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('expires_at', TIME, (c) => c.notNull())
      .addColumn('last_seen_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('label', TEXT, (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('revoked_at', TIME)
      .execute();
  },
  async down(db: Db): Promise<void> {
    for (const t of ['api_tokens', 'sessions', 'users']) await db.schema.dropTable(t).execute();
  },
};
