import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from '../storage/migrations.js';
import { openDatabase, type DialectName, type OpenDatabase } from '../storage/open-database.js';
import type { DirectoryTables } from '../storage/tables.js';

/** Real SQLite always; real PostgreSQL too when DATABASE_URL is set. Never a mock. */
export const TEST_DIALECTS: readonly DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Shared test data, read in place: never copied into the repository. */
export const SHARED_DATA = join(import.meta.dirname, '../../../../../shared/data');

export interface TestDatabase extends OpenDatabase<DirectoryTables> {
  readonly dataDir: string;
  /** Close and remove everything this test database made. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database: a SQLite file in a temp dir, or a PostgreSQL schema of its own. */
export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carelevel-dir-'));
  const url = process.env.DATABASE_URL;
  if (dialect === 'postgres' && url) {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const opened = await openDatabase({ url, schema });
    await migrateToLatest(opened.db, undefined, { schema });
    return {
      ...opened,
      dataDir,
      dispose: async () => {
        await opened.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const opened = await openDatabase({ dataDir });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    dataDir,
    dispose: async () => {
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
