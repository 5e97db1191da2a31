import type { PersonChange, PersonView } from '@carelevel/contract';
import type { PeopleTable } from '@carelevel/storage';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { afterKeyset, keysetPage, type Keyset } from '../db/keyset.js';

export const toPersonView = (r: PeopleTable): PersonView => ({
  id: r.id,
  givenName: r.given_name,
  familyName: r.family_name,
  birthDate: r.birth_date,
  preferredLanguage: r.preferred_language,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function personExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findPerson(db: Db, id: string): Promise<PeopleTable | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Db, row: PeopleTable): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

/**
 * Change a person if they are still at the version the caller read: a compare-and-set, so of two
 * changes made from the same reading only the first lands.
 */
export async function updatePerson(
  db: Db,
  id: string,
  expected: number,
  change: PersonChange,
  at: string,
): Promise<'updated' | 'stale' | 'missing'> {
  const result = await db
    .updateTable('people')
    .set({
      ...(change.givenName !== undefined ? { given_name: change.givenName } : {}),
      ...(change.familyName !== undefined ? { family_name: change.familyName } : {}),
      ...(change.birthDate !== undefined ? { birth_date: change.birthDate } : {}),
      ...(change.preferredLanguage !== undefined ? { preferred_language: change.preferredLanguage } : {}),
      version: expected + 1,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return 'updated';
  return (await personExists(db, id)) ? 'stale' : 'missing';
}

/**
 * People whose name contains the text (case-insensitive), most recently changed first: a page after
 * `after` (keyset, the next page's cursor given back) or at `offset`, and how many match in all.
 */
export async function findPeople(
  db: Db,
  text: string | undefined,
  limit: number,
  offset: number,
  after?: Keyset,
): Promise<{ total: number; people: PersonView[]; nextCursor: string | null }> {
  let q = db.selectFrom('people');
  if (text?.trim()) {
    const pattern = `%${text
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Escape LIKE wildcards so a name with % or _ matches literally; ESCAPE works on both databases.
    // The expression is the one the trigram index is on (migration 0118): keep them the same.
    q = q.where(sql<boolean>`lower(given_name || ' ' || family_name) like ${pattern} escape '\\'`);
  }
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const paged = after ? q.where(afterKeyset(after)) : q.offset(offset);
  const rows = await paged
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = keysetPage(rows, limit);
  return { total, people: page.rows.map(toPersonView), nextCursor: page.nextCursor };
}
