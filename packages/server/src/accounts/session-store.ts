import { newSecret, sha256 } from '../db/ids.js';
import type { Db } from '../db/db.js';

export interface SessionPolicy {
  /** A session ends this long after sign-in, whatever happens. */
  readonly absoluteMs: number;
  /** …or after this long without a request. */
  readonly idleMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { absoluteMs: 12 * 3_600_000, idleMs: 30 * 60_000 };
// Touching last_seen_at on every request would write on every read; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000;

export interface IssuedSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Start a session; any session the browser already had is ended (rotation on sign-in). */
export async function startSession(
  db: Db,
  userId: string,
  previousCookie: string | undefined,
  policy: SessionPolicy,
  ip: string,
  at = new Date(),
): Promise<IssuedSession> {
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(at.getTime() + policy.absoluteMs).toISOString();
  await db.transaction().execute(async (tx) => {
    if (previousCookie) await tx.deleteFrom('sessions').where('id_hash', '=', sha256(previousCookie)).execute();
    await sweepEndedSessions(tx, policy, at);
    await tx
      .insertInto('sessions')
      .values({
        id_hash: sha256(cookie),
        user_id: userId,
        csrf_token: csrfToken,
        created_at: at.toISOString(),
        expires_at: expiresAt,
        last_seen_at: at.toISOString(),
        ip,
      })
      .execute();
  });
  return { cookie, csrfToken, expiresAt };
}

/**
 * Remove every session that has ended (past its absolute expiry or idle too long). A session is
 * refused once ended whether or not its row is gone; this keeps rows of abandoned browsers from piling
 * up. Run at each sign-in: ISO 8601 times in UTC compare correctly as text on both databases.
 */
export async function sweepEndedSessions(db: Db, policy: SessionPolicy, at = new Date()): Promise<number> {
  const nowIso = at.toISOString();
  const idleSince = new Date(at.getTime() - policy.idleMs).toISOString();
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', nowIso), eb('last_seen_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface LiveSession {
  readonly userId: string;
  readonly csrfToken: string;
  readonly idHash: string;
}

/** The live session behind a cookie, or undefined; expired sessions are removed on sight. */
export async function findSession(db: Db, cookie: string, policy: SessionPolicy, at = new Date()): Promise<LiveSession | undefined> {
  const idHash = sha256(cookie);
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const t = at.getTime();
  if (Date.parse(row.expires_at) <= t || Date.parse(row.last_seen_at) + policy.idleMs <= t) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  if (t - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS)
    await db.updateTable('sessions').set({ last_seen_at: at.toISOString() }).where('id_hash', '=', idHash).execute();
  return { userId: row.user_id, csrfToken: row.csrf_token, idHash };
}

export async function endSession(db: Db, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256(cookie)).execute();
}

export interface SessionListing {
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string;
  /** The session this request came with. */
  readonly current: boolean;
}

/** A user's live sessions, newest first (ended ones are not shown even before they are swept). */
export async function listSessions(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  currentHash: string | undefined,
  at = new Date(),
): Promise<SessionListing[]> {
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', at.toISOString())
    .where('last_seen_at', '>', new Date(at.getTime() - policy.idleMs).toISOString())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    current: r.id_hash === currentHash,
  }));
}
