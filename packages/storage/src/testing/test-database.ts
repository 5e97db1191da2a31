import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DialectName } from '../dialect.js';
import { openAppDatabase, openDatabase, type AppDatabase, type DatabaseLocation } from '../open-database.js';

/** Real SQLite always; real PostgreSQL too when DATABASE_URL is set. Never a mock. */
export const TEST_DIALECTS: readonly DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  readonly database: AppDatabase;
  readonly location: DatabaseLocation;
  /** The temporary directory of this database (its SQLite file lives there). */
  readonly dataDir: string;
  /** Open another connection to the same database (a second server instance). */
  reopen(): Promise<AppDatabase>;
  /** Close every connection and remove everything this test database made. */
  dispose(): Promise<void>;
}

/**
 * A database of its own for one test file: a SQLite file in a temporary directory, or a PostgreSQL
 * schema. Migrated to the newest schema unless `migrate: false` (tests of the migrations themselves).
 */
export async function openTestDatabase(dialect: DialectName, options: { readonly migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carelevel-test-'));
  const url = process.env.DATABASE_URL;
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const location: DatabaseLocation = dialect === 'postgres' && url ? { url, schema } : { dataDir };
  const open = options.migrate === false ? openDatabase : openAppDatabase;
  const database = await open(location);
  const extra: AppDatabase[] = [];
  return {
    database,
    location,
    dataDir,
    reopen: async () => {
      const d = await openAppDatabase(location);
      extra.push(d);
      return d;
    },
    dispose: async () => {
      for (const d of extra) await d.close();
      await database.close();
      if (location.url) {
        const client = new pg.Client({ connectionString: location.url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
