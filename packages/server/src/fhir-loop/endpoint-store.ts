import type { ProgramFhirEndpointChange } from '@carelevel/contract';
import type { Db } from '../db/db.js';
import { newClientKey, type ClientKey } from './client-key.js';

/** How carelevel authenticates to a program's FHIR server, as stored (secrets included: server side only). */
export type StoredCredential =
  | { readonly auth: 'none' }
  | { readonly auth: 'bearer'; readonly bearerToken: string }
  | { readonly auth: 'smart-backend'; readonly clientId: string; readonly scope: string; readonly key: ClientKey };

/** A program's FHIR endpoint as stored. The API shows it through `endpointView`, never a secret. */
export interface StoredEndpoint {
  readonly programId: string;
  readonly baseUrl: string;
  readonly credential: StoredCredential;
  readonly updatedAt: string;
  readonly notifyTokenHash: string;
}

/** What sending a referral and following its Task need from a program's server, when no scope is given. */
export const DEFAULT_BACKEND_SCOPE = 'system/Patient.crs system/ServiceRequest.c system/Task.crus system/Consent.c system/Observation.c';

function credentialOf(row: {
  auth: string;
  bearer_token: string | null;
  client_id: string | null;
  client_scope: string | null;
  client_key: string | null;
}): StoredCredential {
  if (row.auth === 'bearer' && row.bearer_token) return { auth: 'bearer', bearerToken: row.bearer_token };
  if (row.auth === 'smart-backend' && row.client_id && row.client_key)
    return {
      auth: 'smart-backend',
      clientId: row.client_id,
      scope: row.client_scope ?? DEFAULT_BACKEND_SCOPE,
      key: { privateJwk: JSON.parse(row.client_key) as ClientKey['privateJwk'] },
    };
  return { auth: 'none' };
}

export async function readEndpoint(db: Db, programId: string): Promise<StoredEndpoint | undefined> {
  const row = await db.selectFrom('program_fhir_endpoints').selectAll().where('program_id', '=', programId).executeTakeFirst();
  if (!row) return undefined;
  return {
    programId: row.program_id,
    baseUrl: row.base_url,
    credential: credentialOf(row),
    updatedAt: row.updated_at,
    notifyTokenHash: row.notify_token_hash,
  };
}

export type EndpointChange = Omit<ProgramFhirEndpointChange, 'newNotificationSecret'> & {
  /** A new hash when the notification secret is (re)made. */
  readonly notifyTokenHash?: string | undefined;
};

/**
 * Set a program's endpoint; the first time needs a notification secret's hash. A bearer token, client
 * id, scope and signing key are kept as they were when not given and the kind of authentication stays;
 * a signing key is made the first time it is needed, or when asked for.
 */
export async function writeEndpoint(tx: Db, programId: string, c: EndpointChange, by: string, at: string): Promise<void> {
  const before = await tx.selectFrom('program_fhir_endpoints').selectAll().where('program_id', '=', programId).executeTakeFirst();
  const backend = c.auth === 'smart-backend';
  const key = backend
    ? c.newClientKey === true || !before?.client_key
      ? JSON.stringify((await newClientKey()).privateJwk)
      : before.client_key
    : null;
  const fields = {
    base_url: c.baseUrl,
    auth: c.auth,
    bearer_token: c.auth === 'bearer' ? (c.bearerToken ?? before?.bearer_token ?? null) : null,
    client_id: backend ? (c.clientId ?? before?.client_id ?? null) : null,
    client_scope: backend ? (c.scope ?? before?.client_scope ?? null) : null,
    client_key: key,
    updated_by: by,
    updated_at: at,
  };
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
