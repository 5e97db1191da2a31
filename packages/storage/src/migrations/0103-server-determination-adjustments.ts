import type { Kysely, Migration } from 'kysely';
import { TEXT } from './column-types.js';

type Db = Kysely<unknown>;

/** A clinician's per-dimension rating adjustments, kept beside the engine's ratings (JSON text). */
export const determinationAdjustments: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').addColumn('adjustments_json', TEXT).execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.alterTable('determinations').dropColumn('adjustments_json').execute();
  },
};
