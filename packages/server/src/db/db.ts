import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';

/** The app's database as every store queries it (a transaction has the same type). */
export type Db = Kysely<AppTables>;
