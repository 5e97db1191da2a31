import { sql, type Kysely, type Migration } from 'kysely';

type Db = Kysely<unknown>;

/**
 * One aftercare plan per person, held by the database: two first saves at once used to create two.
 * A database that already has two for someone stops here with a sentence saying how to find them,
 * rather than this migration choosing which clinician's plan to throw away.
 */
export const oneAftercarePlan: Migration = {
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
