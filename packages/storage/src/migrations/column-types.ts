/** Column types every migration uses alike on both databases. */
export const TEXT = 'text';
/** ISO 8601 times as text: they compare correctly as text on SQLite and PostgreSQL. */
export const TIME = 'varchar(32)';
