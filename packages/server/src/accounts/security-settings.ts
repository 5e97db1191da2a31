import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import { now } from '../storage/ids.js';
import type { ServerTables } from '../storage/tables.js';
import type { Role } from './roles.js';

/** Roles that must have a second factor when the setting is on: those who read and decide clinical records. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'clinician'];

export const SECOND_FACTOR_KEY = 'second-factor-required';

export interface SecuritySettings {
  /** Admins and clinicians must enrol TOTP before a session may do anything else. */
  readonly secondFactorRequired: boolean;
}

export async function readSecuritySettings(db: Kysely<ServerTables>): Promise<SecuritySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECOND_FACTOR_KEY).executeTakeFirst();
  return { secondFactorRequired: row?.value === 'true' };
}

/** Change the settings in one transaction with its audit row (every instance reads them per request). */
export async function writeSecuritySettings(
  db: Kysely<ServerTables>,
  settings: SecuritySettings,
  by: { readonly actorId: string | null; readonly ip: string },
): Promise<SecuritySettings> {
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
    await appendAudit(tx, [{ action: 'update', entityType: 'settings', entityId: SECOND_FACTOR_KEY }], by.actorId, by.ip);
  });
  return settings;
}
