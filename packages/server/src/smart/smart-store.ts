import type { Db } from '../db/db.js';
import { now, sha256 } from '../db/ids.js';

/** A launch lives this long between the redirect to the record and the callback. */
export const LAUNCH_TTL_MS = 10 * 60_000;

export async function saveLaunch(
  db: Db,
  launch: { state: string; iss: string; codeVerifier: string; nonce: string; browser: string },
  at = new Date(),
): Promise<void> {
  // Launches never called back are swept here, as sessions are at sign-in.
  await db.deleteFrom('smart_launches').where('expires_at', '<=', at.toISOString()).execute();
  await db
    .insertInto('smart_launches')
    .values({
      state_hash: sha256(launch.state),
      iss: launch.iss,
      code_verifier: launch.codeVerifier,
      nonce: launch.nonce,
      browser_hash: sha256(launch.browser),
      expires_at: new Date(at.getTime() + LAUNCH_TTL_MS).toISOString(),
    })
    .execute();
}

export interface PendingLaunch {
  readonly iss: string;
  readonly codeVerifier: string;
  readonly nonce: string;
}

/**
 * Take the launch a callback's `state` names, once: the row is deleted whatever follows, so a state
 * cannot be replayed. Refused (undefined) when unknown, expired, or called back in another browser.
 */
export async function takeLaunch(db: Db, state: string, browser: string | undefined, at = new Date()): Promise<PendingLaunch | undefined> {
  const hash = sha256(state);
  const row = await db.selectFrom('smart_launches').selectAll().where('state_hash', '=', hash).executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db.deleteFrom('smart_launches').where('state_hash', '=', hash).executeTakeFirst();
  // Two callbacks racing with one state: only the one that deleted the row goes on.
  if (Number(deleted.numDeletedRows) !== 1) return undefined;
  if (Date.parse(row.expires_at) <= at.getTime() || !browser || sha256(browser) !== row.browser_hash) return undefined;
  return { iss: row.iss, codeVerifier: row.code_verifier, nonce: row.nonce };
}

export async function linkedUser(db: Db, iss: string, fhirUser: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('smart_user_links')
    .select('user_id')
    .where('iss', '=', iss)
    .where('fhir_user', '=', fhirUser)
    .executeTakeFirst();
  return row?.user_id;
}

/** Map a record user to an account (replacing an earlier mapping of the same record user). */
export async function linkUser(db: Db, iss: string, fhirUser: string, userId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('smart_user_links').where('iss', '=', iss).where('fhir_user', '=', fhirUser).execute();
    await tx.insertInto('smart_user_links').values({ iss, fhir_user: fhirUser, user_id: userId, created_at: now() }).execute();
  });
}

export async function userLinks(db: Db, userId: string): Promise<{ iss: string; fhirUser: string }[]> {
  const rows = await db.selectFrom('smart_user_links').select(['iss', 'fhir_user']).where('user_id', '=', userId).orderBy('iss').execute();
  return rows.map((r) => ({ iss: r.iss, fhirUser: r.fhir_user }));
}

export async function linkedPerson(db: Db, iss: string, patientId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('smart_patient_links')
    .select('person_id')
    .where('iss', '=', iss)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  return row?.person_id;
}

export async function linkPerson(db: Db, iss: string, patientId: string, personId: string): Promise<void> {
  await db.deleteFrom('smart_patient_links').where('iss', '=', iss).where('patient_id', '=', patientId).execute();
  await db.insertInto('smart_patient_links').values({ iss, patient_id: patientId, person_id: personId, created_at: now() }).execute();
}

export interface SessionRecordToken {
  readonly iss: string;
  readonly accessToken: string;
  readonly scope: string;
  readonly patientId: string;
  readonly personId: string;
}

export async function keepToken(
  db: Db,
  sessionCookie: string,
  token: SessionRecordToken,
  expiresInS: number,
  at = new Date(),
): Promise<void> {
  await db.deleteFrom('smart_session_tokens').where('expires_at', '<=', at.toISOString()).execute();
  await db
    .insertInto('smart_session_tokens')
    .values({
      session_hash: sha256(sessionCookie),
      iss: token.iss,
      access_token: token.accessToken,
      scope: token.scope,
      patient_id: token.patientId,
      person_id: token.personId,
      expires_at: new Date(at.getTime() + expiresInS * 1000).toISOString(),
    })
    .execute();
}

/** The record token of a session launched on this person, while it lasts. */
export async function tokenFor(
  db: Db,
  sessionHash: string | undefined,
  personId: string,
  at = new Date(),
): Promise<SessionRecordToken | undefined> {
  if (!sessionHash) return undefined;
  const row = await db
    .selectFrom('smart_session_tokens')
    .selectAll()
    .where('session_hash', '=', sessionHash)
    .where('person_id', '=', personId)
    .where('expires_at', '>', at.toISOString())
    .executeTakeFirst();
  return row
    ? { iss: row.iss, accessToken: row.access_token, scope: row.scope, patientId: row.patient_id, personId: row.person_id }
    : undefined;
}

/** Sign-out: the record's token goes with the session (it would be unusable anyway; now it is not kept either). */
export async function forgetToken(db: Db, sessionCookie: string): Promise<void> {
  await db.deleteFrom('smart_session_tokens').where('session_hash', '=', sha256(sessionCookie)).execute();
}
