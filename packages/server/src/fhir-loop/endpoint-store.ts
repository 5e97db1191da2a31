import type { Db } from '../db/db.js';
import type { PeerEndpoint } from './peer-client.js';

/** A program's FHIR endpoint as the API shows it: never the bearer token, only whether there is one. */
export interface EndpointView {
  readonly programId: string;
  readonly baseUrl: string;
  readonly auth: 'none' | 'bearer';
  readonly updatedAt: string;
}

export async function readEndpoint(
  db: Db,
  programId: string,
): Promise<(PeerEndpoint & EndpointView & { notifyTokenHash: string }) | undefined> {
  const row = await db.selectFrom('program_fhir_endpoints').selectAll().where('program_id', '=', programId).executeTakeFirst();
  if (!row) return undefined;
  return {
    programId: row.program_id,
    baseUrl: row.base_url,
    auth: row.auth === 'bearer' ? 'bearer' : 'none',
    bearerToken: row.auth === 'bearer' ? row.bearer_token : null,
    updatedAt: row.updated_at,
    notifyTokenHash: row.notify_token_hash,
  };
}

export interface EndpointChange {
  readonly baseUrl: string;
  readonly auth: 'none' | 'bearer';
  /** Kept as it was when not given and the auth stays bearer. */
  readonly bearerToken?: string | undefined;
  /** A new hash when the notification secret is (re)made. */
  readonly notifyTokenHash?: string | undefined;
}

/** Set a program's endpoint; the first time needs a notification secret's hash. */
export async function writeEndpoint(tx: Db, programId: string, c: EndpointChange, by: string, at: string): Promise<void> {
  const before = await tx.selectFrom('program_fhir_endpoints').selectAll().where('program_id', '=', programId).executeTakeFirst();
  const bearer = c.auth === 'bearer' ? (c.bearerToken ?? before?.bearer_token ?? null) : null;
  const fields = { base_url: c.baseUrl, auth: c.auth, bearer_token: bearer, updated_by: by, updated_at: at };
  if (before)
    await tx
      .updateTable('program_fhir_endpoints')
      .set({ ...fields, ...(c.notifyTokenHash ? { notify_token_hash: c.notifyTokenHash } : {}) })
      .where('program_id', '=', programId)
      .execute();
  else
    await tx
      .insertInto('program_fhir_endpoints')
      .values({ program_id: programId, notify_token_hash: c.notifyTokenHash ?? '', ...fields })
      .execute();
}

export async function deleteEndpoint(tx: Db, programId: string): Promise<boolean> {
  const r = await tx.deleteFrom('program_fhir_endpoints').where('program_id', '=', programId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
