import type { Kysely, Migration } from 'kysely';
import { TIME } from './column-types.js';

type Db = Kysely<unknown>;

export const accountLifecycle: Migration = {
  async up(db: Db): Promise<void> {
    for (const [name, type] of [
      ['disabled_at', TIME],
      ['totp_secret', 'varchar(64)'],
      ['totp_pending_secret', 'varchar(64)'],
      ['totp_enabled_at', TIME],
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
      .addColumn('used_at', TIME)
      .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
      .execute();
    await db.schema
      .createTable('settings')
      .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(36)')
      .addColumn('updated_at', TIME, (c) => c.notNull())
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
