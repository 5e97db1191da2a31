import type { AppTables } from '@carelevel/storage';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../db/db.js';

/** The tables of counts the app keeps for the admin report as it writes (migration 0121). */
export type CountTable = 'determination_counts' | 'referral_counts' | 'referral_wait_counts';

/** A change to one kept count: its key columns, and `count` to add (negative to take away). */
export type CountChange<T extends CountTable> = AppTables[T];

type Loose = Kysely<Record<string, Record<string, string | number>>>;
/** The three tables share one shape (key columns and a count); kysely cannot type a table chosen at run time. */
const loose = (db: Db): Loose => db as unknown as Loose;

/**
 * Changes summed by key (a statement may not touch a row twice), without those that come to nothing,
 * in one fixed order of keys.
 */
export function summedByKey<R extends { count: number }>(changes: readonly R[]): R[] {
  const sums = new Map<string, R>();
  for (const change of changes) {
    const { count, ...key } = change;
    const id = JSON.stringify(Object.values(key));
    const found = sums.get(id);
    if (found) found.count += count;
    else sums.set(id, { ...change });
  }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row)
    .filter((row) => row.count !== 0);
}

/**
 * Add to kept counts in one statement, inside the transaction that changes the records they count.
 * Keys go in one fixed order, so two transactions lock the rows they share in the same order and
 * cannot deadlock. A count that falls to zero stays, as a row of zero.
 */
export async function addToCounts<T extends CountTable>(db: Db, table: T, changes: readonly CountChange<T>[]): Promise<void> {
  const rows = summedByKey(changes);
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first).filter((column) => column !== 'count');
  const name: string = table;
  await loose(db)
    .insertInto(name)
    .values(rows as unknown as Record<string, string | number>[])
    .onConflict((oc) => oc.columns(keys).doUpdateSet({ count: sql<number>`${sql.ref(`${name}.count`)} + excluded.count` }))
    .execute();
}

/**
 * Replace a table of kept counts by a recount, in the caller's transaction; how many keys had a
 * different count (0: the kept counts were right).
 */
export async function replaceCounts<T extends CountTable>(db: Db, table: T, recounted: readonly CountChange<T>[]): Promise<number> {
  const fresh = summedByKey(recounted);
  const kept = summedByKey((await loose(db).selectFrom(table).selectAll().execute()) as unknown as CountChange<T>[]);
  const byKey = (rows: readonly CountChange<T>[]) => new Map(rows.map(({ count, ...key }) => [JSON.stringify(Object.values(key)), count]));
  const [was, is] = [byKey(kept), byKey(fresh)];
  const differing = [...new Set([...was.keys(), ...is.keys()])].filter((key) => (was.get(key) ?? 0) !== (is.get(key) ?? 0)).length;
  await loose(db).deleteFrom(table).execute();
  for (let i = 0; i < fresh.length; i += 500) await addToCounts(db, table, fresh.slice(i, i + 500));
  return differing;
}
