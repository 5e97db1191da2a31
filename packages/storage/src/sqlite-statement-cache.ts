import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 for kysely, keeping prepared statements. Kysely prepares every query it runs, and
 * preparing a 100-row upsert costs about as much as running it; with the same SQL text reused
 * (imports, repeated server queries) the cache halves that work. Safe because kysely runs one query
 * at a time on its single SQLite connection.
 *
 * Kysely opens transactions with a plain `begin`, which takes the write lock only at the first write;
 * a second connection (another process, or a second instance on the same file) that read first then
 * fails with SQLITE_BUSY instead of waiting its turn. `begin immediate` takes the lock at the start,
 * so transactions queue behind `busy_timeout` and each sees the last one's commit.
 */
export function cachingSqliteDatabase(db: Database.Database, capacity = 200): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (text: string): SqliteStatement => {
      const sql = text === 'begin' ? 'begin immediate' : text;
      const hit = cache.get(sql);
      if (hit) {
        // most recently used goes last, so the first key is the one to evict
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = db.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}
