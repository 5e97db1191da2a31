import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-database.js';
import { appMigrations } from './app-migrations.js';

/**
 * The migration ids databases carry from before the app had one migration sequence: the directory
 * ran 0001–0002 on its own (`carelevel directory import`), the server 0001–0107. Kysely refuses a
 * database whose recorded migrations are missing from its list or out of order, so these must stay.
 */
const RECORDED_BEFORE_ONE_SEQUENCE = [
  '0001-directory-programs',
  '0002-directory-imports',
  '0100-server-accounts',
  '0101-server-records',
  '0102-server-audit-log',
  '0103-server-determination-adjustments',
  '0104-server-care-transitions',
  '0105-server-account-lifecycle',
  '0106-server-one-aftercare-plan',
  '0107-server-audit-chain',
];

const names = async (t: TestDatabase): Promise<string[]> =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.database.db)).rows.map((r) => r.name);

describe.each(TEST_DIALECTS)('databases made before the one migration sequence, on %s', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
  });

  it('keeps every recorded migration id, in the order it ran', () => {
    expect(
      appMigrations(dialect)
        .map((m) => m.name)
        .slice(0, RECORDED_BEFORE_ONE_SEQUENCE.length),
    ).toEqual(RECORDED_BEFORE_ONE_SEQUENCE);
  });

  it('brings a database the directory command made on its own up to the app, keeping its programs', async () => {
    t = await openTestDatabase(dialect, { migrate: false });
    const { db } = t.database;
    const directoryOnly = appMigrations(dialect).filter((m) => m.name.startsWith('000'));
    await migrateToLatest(db, dialect, { schema: t.location.schema, migrations: directoryOnly });
    await sql`insert into directory_imports (id, file, format, started_at, finished_at, rows_read, rows_imported, rows_skipped)
      values ('i1', 'f.csv', 'carelevel-csv', '2026-01-01', '2026-01-01', 1, 1, 0)`.execute(db);
    const applied = await migrateToLatest(db, dialect, { schema: t.location.schema });
    const all = appMigrations(dialect).map((m) => m.name);
    expect(applied).toEqual(all.slice(2));
    expect(await names(t)).toEqual(all);
    expect((await db.selectFrom('directory_imports').select('id').execute()).map((r) => r.id)).toEqual(['i1']);
  });

  it('finds nothing to do on a database the server had brought up to date, and leaves its records as they were', async () => {
    t = await openTestDatabase(dialect, { migrate: false });
    const { db } = t.database;
    const serverMade = appMigrations(dialect).filter((m) => RECORDED_BEFORE_ONE_SEQUENCE.includes(m.name));
    await migrateToLatest(db, dialect, { schema: t.location.schema, migrations: serverMade });
    await db
      .insertInto('people')
      .values({
        id: 'p1',
        given_name: 'A',
        family_name: 'B',
        birth_date: null,
        preferred_language: null,
        version: 1,
        created_by: 'u1',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const applied = await migrateToLatest(db, dialect, { schema: t.location.schema });
    expect(applied).toEqual(
      appMigrations(dialect)
        .slice(RECORDED_BEFORE_ONE_SEQUENCE.length)
        .map((m) => m.name),
    );
    expect(await db.selectFrom('people').select(['id', 'version']).execute()).toEqual([{ id: 'p1', version: 1 }]);
    expect(await migrateToLatest(db, dialect, { schema: t.location.schema })).toEqual([]);
  });

  it('gives the programs of a directory made before hours (0113) no hours, keeping the rest', async () => {
    t = await openTestDatabase(dialect, { migrate: false });
    const { db } = t.database;
    const all = appMigrations(dialect);
    const before = all.slice(
      0,
      all.findIndex((m) => m.name === '0113-program-hours'),
    );
    await migrateToLatest(db, dialect, { schema: t.location.schema, migrations: before });
    await sql`insert into directory_programs (id, source, source_id, name, name2, street1, street2, city, state, zip, county,
      phone, intake_phone, website, scope, care, payments, services, serves, import_id, updated_at)
      values ('p_1', 'carelevel', null, 'Harbor House', '', '1 Main St', '', 'Dover', 'DE', '19901', '', '302-555-0100', '', '',
      'substance-use', '{}', '[]', '[]', '{}', 'i1', '2026-01-01')`.execute(db);
    expect((await migrateToLatest(db, dialect, { schema: t.location.schema }))[0]).toBe('0113-program-hours');
    expect(await db.selectFrom('directory_programs').select(['id', 'name', 'hours']).execute()).toEqual([
      { id: 'p_1', name: 'Harbor House', hours: null },
    ]);
  });
});
