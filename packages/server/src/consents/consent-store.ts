import { CONSENT_PURPOSES, CONSENT_SHARES, type ConsentShare, type ConsentView } from '@carelevel/contract';
import type { ConsentsTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { z } from 'zod';
import { matches, storedDocument, storedOneOf } from '../db/stored.js';

const isShareList = matches(z.array(z.enum(CONSENT_SHARES)));
const storedShares = (json: string): ConsentShare[] => storedDocument(json, isShareList, 'consents.shares');

export const toConsentView = (c: ConsentsTable, at = new Date()): ConsentView => ({
  id: c.id,
  personId: c.person_id,
  programId: c.program_id,
  purpose: storedOneOf(CONSENT_PURPOSES, c.purpose, 'consents.purpose'),
  shares: storedShares(c.shares),
  expiresAt: c.expires_at,
  createdAt: c.created_at,
  revokedAt: c.revoked_at,
  live: c.revoked_at === null && c.expires_at > at.toISOString(),
});

export async function insertConsents(db: Db, rows: readonly ConsentsTable[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('consents')
      .values([...rows])
      .execute();
}

export async function findConsent(db: Db, id: string): Promise<ConsentsTable | undefined> {
  return db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Mark a consent revoked (once: a second revocation changes nothing). */
export async function revokeConsent(db: Db, id: string, byUser: string, at: string): Promise<void> {
  await db
    .updateTable('consents')
    .set({ revoked_at: at, revoked_by: byUser })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A person's consents, newest first. */
export async function listConsents(db: Db, personId: string): Promise<ConsentsTable[]> {
  return db.selectFrom('consents').selectAll().where('person_id', '=', personId).orderBy('created_at', 'desc').execute();
}

/** Live consents (not revoked, not expired) from a person to any of the programs. */
export async function liveConsents(
  db: Db,
  personId: string,
  programIds: readonly string[],
  at = new Date(),
): Promise<{ id: string; program_id: string; shares: ConsentShare[] }[]> {
  if (programIds.length === 0) return [];
  const rows = await db
    .selectFrom('consents')
    .select(['id', 'program_id', 'shares'])
    .where('person_id', '=', personId)
    .where('program_id', 'in', [...programIds])
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.toISOString())
    .execute();
  return rows.map((r) => ({ id: r.id, program_id: r.program_id, shares: storedShares(r.shares) }));
}

type Pair = { readonly person_id: string; readonly program_id: string };
const pairKey = (r: Pair): string => `${r.person_id}|${r.program_id}`;

/** Which (person, program) pairs among the rows have a live consent now: one query for a whole list. */
export async function liveConsentPairs(db: Db, rows: readonly Pair[], at = new Date()): Promise<(r: Pair) => boolean> {
  if (rows.length === 0) return () => false;
  const found = await db
    .selectFrom('consents')
    .select(['person_id', 'program_id'])
    .where('person_id', 'in', [...new Set(rows.map((r) => r.person_id))])
    .where('program_id', 'in', [...new Set(rows.map((r) => r.program_id))])
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.toISOString())
    .execute();
  const live = new Set(found.map(pairKey));
  return (r) => live.has(pairKey(r));
}

/** What each consent shares, by id: one query for a whole list of referrals. */
export async function consentShares(db: Db, ids: readonly string[]): Promise<Map<string, ConsentShare[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('consents')
    .select(['id', 'shares'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, storedShares(r.shares)]));
}
