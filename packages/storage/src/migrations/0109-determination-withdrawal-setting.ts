import type { Kysely, Migration } from 'kysely';

type Db = Kysely<unknown>;

/**
 * The determination records the withdrawal-management setting beside the level: the engine's (as
 * indicated when decided) and the one chosen. Null on determinations made before it was recorded.
 */
export const determinationWithdrawalSetting: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').addColumn('indicated_withdrawal_management', 'varchar(16)').execute();
    await db.schema.alterTable('determinations').addColumn('withdrawal_management', 'varchar(16)').execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').dropColumn('withdrawal_management').execute();
    await db.schema.alterTable('determinations').dropColumn('indicated_withdrawal_management').execute();
  },
};
