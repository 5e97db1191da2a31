import { newId, newSecret, now, sha256 } from '../db/ids.js';
import type { Db } from '../db/db.js';

/** Tokens carry a recognisable prefix so secret scanners and people can tell what leaked. */
export const TOKEN_PREFIX = 'clt_';

/** Create a token for a user; the token is returned once and only its hash is stored. */
export async function createApiToken(db: Db, userId: string, label: string): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + newSecret();
  const id = newId();
  await db
    .insertInto('api_tokens')
    .values({ id, user_id: userId, token_hash: sha256(token), label, created_at: now(), revoked_at: null })
    .execute();
  return { id, token };
}

export async function findTokenUser(db: Db, token: string): Promise<string | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .select(['user_id', 'revoked_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  return row && row.revoked_at === null ? row.user_id : undefined;
}

export interface ApiTokenView {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A user's tokens, newest first: ids and labels only (the tokens themselves were never stored). */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenView[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'label', 'created_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

/**
 * Revoke a token for good (a leaked or retired one). Kept as a row, not deleted, so what it did stays
 * traceable in the audit log. Returns false when there is no such live token.
 */
export async function revokeApiToken(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
