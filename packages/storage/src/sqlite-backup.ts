import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from './open-database.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Whether a file is a whole, readable carelevel database: integrity check passes and it has been migrated. */
function checkDatabaseFile(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged: integrity check says ${String(integrity)}`);
    const migrated = db.prepare(`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`).get() as {
      n: number;
    };
    if (migrated.n === 0) throw new BackupError(`${file} is not a carelevel database (it has no migration table)`);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${file} is not a readable SQLite database: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    db?.close();
  }
}

/**
 * A consistent copy of the live database while the server keeps serving: SQLite's online backup API
 * copies pages and starts over if another connection writes meanwhile, so the copy is one moment of
 * the database, never a torn file. Written beside the target and renamed into place, owner-only (0600).
 */
export async function backupSqlite(dataDir: string, to: string): Promise<{ bytes: number }> {
  const source = join(dataDir, SQLITE_FILE_NAME);
  if (!existsSync(source)) throw new BackupError(`no database at ${source}`);
  if (existsSync(to)) throw new BackupError(`${to} exists already; back up to a new file`);
  const partial = join(dirname(to), `.${Date.now()}-${process.pid}.carelevel-backup.partial`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(partial);
    chmodSync(partial, 0o600);
    checkDatabaseFile(partial);
    renameSync(partial, to);
    return { bytes: progress.totalPages * (db.pragma('page_size', { simple: true }) as number) };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Put a backup in place as the database of a new data directory. Only an empty (or missing)
 * directory: restoring over a live database would throw away everything written since the backup.
 */
export function restoreSqlite(from: string, dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new BackupError(`${dataDir} is not empty; restore into a new, empty data directory`);
  checkDatabaseFile(from);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const target = join(dataDir, SQLITE_FILE_NAME);
  copyFileSync(from, target);
  chmodSync(target, 0o600);
}
