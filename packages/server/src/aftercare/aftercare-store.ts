import type { AftercarePlanView } from '@carelevel/contract';
import { isAftercarePlan, isLevelCode, type LevelCode } from '@carelevel/engine';
import { isUniqueViolation, type AftercarePlansTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { storedDocument } from '../db/stored.js';

export const toPlanView = (r: AftercarePlansTable): AftercarePlanView => ({
  personId: r.person_id,
  plan: storedDocument(r.plan_json, isAftercarePlan, 'aftercare_plans.plan_json'),
  version: r.version,
  updatedAt: r.updated_at,
});

export async function findPlan(db: Db, personId: string): Promise<AftercarePlansTable | undefined> {
  return db.selectFrom('aftercare_plans').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/**
 * A person's first plan. Two first saves at once both find no plan; the unique index on person_id
 * lets one win, and the other gets false (answered as a save over an existing plan without If-Match).
 */
export async function insertPlan(db: Db, row: AftercarePlansTable): Promise<boolean> {
  try {
    await db.insertInto('aftercare_plans').values(row).execute();
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/** Replace the plan if it is still at the version read (compare-and-set). */
export async function replacePlan(db: Db, current: AftercarePlansTable, planJson: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('aftercare_plans')
    .set({ plan_json: planJson, version: current.version + 1, updated_at: at })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Where the person is now and what was last decided, for the clinician copy of the plan. */
export async function currentLevels(
  db: Db,
  personId: string,
): Promise<{ current: LevelCode | null; chosen: LevelCode | null; indicated: LevelCode | null }> {
  const open = await db
    .selectFrom('episodes')
    .select('level')
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .orderBy('started_on', 'desc')
    .executeTakeFirst();
  const decided = await db
    .selectFrom('determinations')
    .select(['chosen_level', 'indicated_level'])
    .where('person_id', '=', personId)
    .orderBy('decided_at', 'desc')
    .executeTakeFirst();
  const level = (l: string | undefined): LevelCode | null => (isLevelCode(l) ? l : null);
  return { current: level(open?.level), chosen: level(decided?.chosen_level), indicated: level(decided?.indicated_level) };
}
