/**
 * Whether a write failed on a unique index (PostgreSQL 23505, SQLite's UNIQUE/PRIMARY KEY
 * constraint). Checks made before a write can race; the index is what holds, and its refusal is the
 * caller's 409, never a 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
