import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { migrateToLatest } from './migrate.js';
import { cachingSqliteDatabase } from './sqlite-statement-cache.js';
import type { AppTables } from './tables/app-tables.js';

export interface DatabaseLocation {
  /** A postgres:// URL; when set, PostgreSQL is used instead of the SQLite file. */
  readonly url?: string;
  /** Directory holding the SQLite file (`carelevel.sqlite`). */
  readonly dataDir?: string;
  /** PostgreSQL schema to use (created if missing); tests use one per run. */
  readonly schema?: string;
}

/** The app's database, open: the one handle every store queries through. */
export interface AppDatabase {
  readonly db: Kysely<AppTables>;
  readonly dialect: DialectName;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  readonly where: string;
  readonly schema?: string;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'carelevel.sqlite';

/**
 * Where the database is, from options and environment in one place: `DATABASE_URL` (postgres://…)
 * wins; otherwise a SQLite file in `--data-dir`, `CARELEVEL_DATA_DIR`, or `./.data` under cwd.
 */
export function resolveDatabaseLocation(
  options: { readonly dataDir?: string | undefined; readonly databaseUrl?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): { url?: string; dataDir: string } {
  const url = options.databaseUrl ?? env.DATABASE_URL;
  const dataDir = resolve(cwd, options.dataDir ?? env.CARELEVEL_DATA_DIR ?? '.data');
  return url ? { url, dataDir } : { dataDir };
}

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/** Open the app's database (SQLite file or PostgreSQL) and bring it up to the newest migration. */
export async function openAppDatabase(location: DatabaseLocation): Promise<AppDatabase> {
  const opened = await openDatabase(location);
  try {
    await migrateToLatest(opened.db, opened.dialect, { schema: location.schema });
  } catch (err) {
    await opened.close();
    throw err;
  }
  return opened;
}

/** Open the database without migrating it (tests that build an older schema; the backup's checks). */
export async function openDatabase(location: DatabaseLocation): Promise<AppDatabase> {
  if (location.url) return openPostgres(location.url, location.schema);
  const dir = location.dataDir ?? resolve('.data');
  const file = join(dir, SQLITE_FILE_NAME);
  ownerOnly(dir, file);
  const sqlite = new Database(file);
  // WAL lets readers work during an import; NORMAL sync is durable at each WAL checkpoint.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 32 MB of page cache (default 2 MB): imports insert ids in hash order, and a cache smaller than the
  // primary-key index turns each insert into page reads.
  sqlite.pragma('cache_size = -32768');
  const db = new Kysely<AppTables>({ dialect: new SqliteDialect({ database: cachingSqliteDatabase(sqlite) }) });
  return { db, dialect: 'sqlite', where: file, close: () => db.destroy() };
}

/**
 * The records are protected health information: the data directory is the service account's alone
 * (0700) and the database file too (0600; SQLite gives its -wal and -shm files the database file's
 * mode). Tightened on every open, so a directory made by hand with the usual umask is closed as well.
 */
function ownerOnly(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

async function openPostgres(url: string, schema: string | undefined): Promise<AppDatabase> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new DatabaseConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new DatabaseConfigError(`schema must be a lower-case SQL identifier, got "${schema}"`);
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Only when missing: the server's role may use a schema without being allowed to create one.
      const found = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
      if (found.rowCount === 0) await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const db = new Kysely<AppTables>({ dialect: new PostgresDialect({ pool }) });
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db, dialect: 'postgres', where, ...(schema ? { schema } : {}), close: () => db.destroy() };
}

/**
 * Connections per instance (`CARELEVEL_DB_POOL_MAX`, 10 unless told). Instances × pool size must stay
 * under PostgreSQL's `max_connections` (100 by default) less what backups and the operator need.
 */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CARELEVEL_DB_POOL_MAX;
  if (given === undefined || given === '') return 10;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new DatabaseConfigError(`CARELEVEL_DB_POOL_MAX must be a whole number from 1 to 500, got "${given}"`);
  return n;
}
