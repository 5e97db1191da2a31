import type { Role, SecuritySettings } from '@carelevel/contract';
import { appendAudit, type Changer } from '../audit/audit-store.js';
import { now } from '../db/ids.js';
import type { Db } from '../db/db.js';

/** Roles that must have a second factor when the setting is on: those who read and decide clinical records. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'clinician'];

export const SECOND_FACTOR_KEY = 'second-factor-required';

export async function readSecuritySettings(db: Db): Promise<SecuritySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECOND_FACTOR_KEY).executeTakeFirst();
  return { secondFactorRequired: row?.value === 'true' };
}

/** Change the settings in one transaction with its audit row (every instance reads them per request). */
export async function writeSecuritySettings(db: Db, settings: SecuritySettings, by: Changer): Promise<SecuritySettings> {
  await db.transaction().execute(async (tx) => {
    const value = String(settings.secondFactorRequired);
    const at = now();
    const updated = await tx
      .updateTable('settings')
      .set({ value, updated_by: by.actorId, updated_at: at })
      .where('key', '=', SECOND_FACTOR_KEY)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await tx.insertInto('settings').values({ key: SECOND_FACTOR_KEY, value, updated_by: by.actorId, updated_at: at }).execute();
    await appendAudit(tx, [{ action: 'update', entityType: 'settings', entityId: SECOND_FACTOR_KEY }], by);
  });
  return settings;
}
