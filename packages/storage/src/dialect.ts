/** The two databases the app runs on: an embedded SQLite file, or PostgreSQL for several instances. */
export type DialectName = 'sqlite' | 'postgres';
