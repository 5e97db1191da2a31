import { sql, type Kysely } from 'kysely';
import type { PeopleTable, ServerTables } from '../storage/tables.js';

export interface PersonView {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly preferredLanguage: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

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

/** People whose name contains the text (case-insensitive), most recently changed first. */
export async function findPeople(
  db: Kysely<ServerTables>,
  text: string | undefined,
  limit: number,
  offset: number,
): Promise<{ total: number; people: PersonView[] }> {
  let q = db.selectFrom('people');
  if (text && text.trim()) {
    const pattern = `%${text
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Escape LIKE wildcards so a name with % or _ matches literally; ESCAPE works on both databases.
    q = q.where(sql<boolean>`lower(given_name || ' ' || family_name) like ${pattern} escape '\\'`);
  }
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return { total, people: rows.map(toPersonView) };
}
