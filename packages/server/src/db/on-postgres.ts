import { PostgresAdapter } from 'kysely';
import type { Db } from './db.js';

/** Whether this connection (or transaction) is PostgreSQL: for the few statements only it needs (locks). */
export const onPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
