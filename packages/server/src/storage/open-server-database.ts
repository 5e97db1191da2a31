import { migrateToLatest, openDatabase, type DatabaseLocation, type OpenDatabase } from '@carelevel/directory';
import { serverMigrations } from './migrations.js';
import type { ServerTables } from './tables.js';

export type ServerDatabase = OpenDatabase<ServerTables>;

/** Open the app's database (SQLite file or PostgreSQL) and bring it up to the newest schema. */
export async function openServerDatabase(location: DatabaseLocation): Promise<ServerDatabase> {
  const opened = await openDatabase<ServerTables>(location);
  try {
    await migrateToLatest(opened.db, serverMigrations(opened.dialect), location.schema ? { schema: location.schema } : {});
  } catch (err) {
    await opened.close();
    throw err;
  }
  return opened;
}
