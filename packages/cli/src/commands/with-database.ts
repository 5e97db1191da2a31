import { openAppDatabase, resolveDatabaseLocation, type AppDatabase } from '@carelevel/storage';

export const DATA_DIR_HELP = 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data; DATABASE_URL wins when set)';

/** Open (and migrate) the database the options and environment name, run the work, close it. */
export async function withDatabase(dataDir: string | undefined, work: (db: AppDatabase['db']) => Promise<number>): Promise<number> {
  const database = await openAppDatabase(resolveDatabaseLocation({ dataDir }));
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
