import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_FILE_NAME } from './open-database.js';

const mode = (path: string): number => statSync(path).mode & 0o777;

// Issue 11, finding 10: the SQLite database holds protected health information and was created
// world-readable (0644 under the usual umask). SQLite only: PostgreSQL keeps its own files.
describe('the SQLite data directory and files', () => {
  const root = mkdtempSync(join(tmpdir(), 'carelevel-perm-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('are made for the owner only: directory 0700, database and its WAL 0600', async () => {
    const dir = join(root, 'new', 'data');
    const opened = await openDatabase({ dataDir: dir });
    await opened.db.schema.createTable('x').addColumn('a', 'integer').execute();
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, SQLITE_FILE_NAME))).toBe(0o600);
    expect(mode(join(dir, `${SQLITE_FILE_NAME}-wal`))).toBe(0o600);
    await opened.close();
  });

  it('are closed again when they were made by hand with looser modes', async () => {
    const dir = join(root, 'by-hand');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, SQLITE_FILE_NAME), '', { mode: 0o644 });
    chmodSync(join(dir, SQLITE_FILE_NAME), 0o644);
    const opened = await openDatabase({ dataDir: dir });
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, SQLITE_FILE_NAME))).toBe(0o600);
    await opened.close();
  });
});
