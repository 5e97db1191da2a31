import { sql } from 'kysely';
import type { Db } from './db.js';

/** Whether the database answers at all (the health check). */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
