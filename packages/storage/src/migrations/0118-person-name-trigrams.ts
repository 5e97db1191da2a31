import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Any constant will do: concurrent migrations of several schemas in one database take turns here. */
const EXTENSION_LOCK_KEY = 4_241_917_118;

/**
 * Person search matches any part of a name (`lower(given_name || ' ' || family_name) like '%text%'`),
 * which no B-tree can serve: at a million people every search read the whole table. On PostgreSQL a
 * trigram index (`pg_trgm`, shipped with PostgreSQL's contrib and trusted, so a database owner may
 * create it) serves exactly that expression, case-insensitively. The extension goes into `public`, once
 * per database, so every schema in the database can use it; where the server has no `pg_trgm` the
 * index is left out and search still works, by reading the table. SQLite keeps the scan: a
 * single-file deployment is small.
 */
export function personNameTrigrams(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      const available = await sql<{ n: number }>`select 1 as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
      if (available.rows.length === 0) return;
      await sql`select pg_advisory_xact_lock(${EXTENSION_LOCK_KEY})`.execute(db);
      await sql`create extension if not exists pg_trgm with schema public`.execute(db);
      await sql`create index people_name_trigrams on people using gin (lower(given_name || ' ' || family_name) public.gin_trgm_ops)`.execute(
        db,
      );
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'postgres') await sql`drop index if exists people_name_trigrams`.execute(db);
    },
  };
}
