import { createHash } from 'node:crypto';
import type { AppDatabase, AppTables } from '@carelevel/storage';

/**
 * What a refused request must leave as it was: every record table, row by row. Left out by design:
 * sessions (a request touches its session's last-seen time), a user's failed sign-in count and lock
 * (a wrong password counts, which is the point), and the audit log, which refused requests may add to
 * (`denied`, `login-failed`) and is checked on its own.
 */
const TABLES: readonly (keyof AppTables)[] = [
  'users',
  'api_tokens',
  'people',
  'assessments',
  'determinations',
  'episodes',
  'consents',
  'referrals',
  'referral_transitions',
  'aftercare_plans',
  'care_transitions',
  'recovery_codes',
  'settings',
  'directory_imports',
];
const IGNORED_COLUMNS = new Set(['failed_logins', 'locked_until']);

export async function databaseFingerprint(database: AppDatabase): Promise<string> {
  const { db } = database;
  const hash = createHash('sha256');
  for (const table of TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    const lines = rows.map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !IGNORED_COLUMNS.has(k)))).sort();
    hash.update(`${table}:${lines.join('\n')}\n`);
  }
  // Every change to a program stamps updated_at: the count and the newest stamp show one (a thousand rows are not read each time).
  const programs = await db
    .selectFrom('directory_programs')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('newest')])
    .executeTakeFirst();
  hash.update(JSON.stringify([Number(programs?.n ?? 0), programs?.newest ?? null]));
  return hash.digest('hex');
}

/** Audit rows written after `afterSeq` that a refused request may leave: attempts, never reads or changes. */
export async function auditAfter(database: AppDatabase, afterSeq: number): Promise<string[]> {
  const rows = await database.db.selectFrom('audit_events').select('action').where('seq', '>', afterSeq).execute();
  return rows.map((r) => r.action);
}

export async function lastAuditSeq(database: AppDatabase): Promise<number> {
  const row = await database.db.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return Number(row?.seq ?? 0);
}
