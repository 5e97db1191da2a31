import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Any constant will do: concurrent migrations of several schemas in one database take turns here. */
const EXTENSION_LOCK_KEY = 4_241_917_118;

/**
 * Person search matches any part of a name (`lower(given_name || ' ' || family_name) like '%text%'`),
 * which no B-tree can serve: at a million people every search read the whole table. On PostgreSQL a
 * trigram index (`pg_trgm`, shipped with PostgreSQL's contrib and trusted, so a database owner may
 * create it) serves exactly that expression, case-insensitively. The extension goes into `public`, once
 * per database, so every schema in the database can use it. Where the server has no `pg_trgm`, or
 * the role running migrations may neither create it nor use the schema it is in, the index is left
 * out and search still works, by reading the table. SQLite keeps the scan: a
 * single-file deployment is small.
 */
export function personNameTrigrams(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`select pg_advisory_xact_lock(${EXTENSION_LOCK_KEY})`.execute(db);
      // Checked first, as a failed statement would end the migration's transaction: the extension's
      // schema when it is there, else whether this role may create it in `public`.
      const found = await sql<{ installed: string | null; available: boolean; creatable: boolean }>`select
        (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm') as installed,
        exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
        has_database_privilege(current_database(), 'CREATE') and has_schema_privilege('public', 'CREATE') as creatable`.execute(db);
      const { installed, available, creatable } = found.rows[0] ?? { installed: null, available: false, creatable: false };
      let schema = installed;
      if (schema === null && available && creatable) {
        await sql`create extension if not exists pg_trgm with schema public`.execute(db);
        schema = 'public';
      }
      if (schema === null) return;
      const usable = await sql<{ ok: boolean }>`select has_schema_privilege(${schema}, 'USAGE') as ok`.execute(db);
      if (usable.rows[0]?.ok !== true) return;
      await sql`create index people_name_trigrams on people using gin (lower(given_name || ' ' || family_name) ${sql.id(schema, 'gin_trgm_ops')})`.execute(
        db,
      );
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'postgres') await sql`drop index if exists people_name_trigrams`.execute(db);
    },
  };
}
