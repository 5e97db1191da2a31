import { DomainError, type FieldPath } from '@carelevel/contract';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** A page as a request asks for it: how many, and from where (`offset`, or a `cursor` a page gave). */
export interface PageAsked {
  readonly limit: number;
  readonly offset: number;
  readonly cursor?: string | undefined;
}

/** Where a list ordered newest change first (`updated_at desc, id`) stopped: the last row a page gave. */
export interface Keyset {
  readonly updatedAt: string;
  readonly id: string;
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The opaque text a page hands out as `nextCursor`. */
export const encodeKeyset = (k: Keyset): string => Buffer.from(JSON.stringify([k.updatedAt, k.id]), 'utf8').toString('base64url');

/**
 * The keyset a `cursor` names, with the paging rules checked: a cursor must be one a list gave, and
 * it replaces `offset` (both at once would skip rows twice). `at` names where the request carried
 * them (`['query']`, `['body']`).
 */
export function readKeyset(cursor: string | undefined, offset: number, at: FieldPath): Keyset | undefined {
  if (cursor === undefined) return undefined;
  if (offset !== 0)
    throw new DomainError('invalid-request', [{ path: [...at, 'offset'], message: 'must be 0 (or left out) with a cursor' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !INSTANT.test(parsed[0]) ||
    typeof parsed[1] !== 'string' ||
    parsed[1].length === 0 ||
    parsed[1].length > 64
  )
    throw new DomainError('invalid-request', [{ path: [...at, 'cursor'], message: "must be a page's nextCursor, passed as it came" }]);
  return { updatedAt: parsed[0], id: parsed[1] };
}

/**
 * Rows after the keyset in `updated_at desc, id` order. The plain `updated_at <= …` bound comes first
 * so the database starts the index range at the cursor (an OR alone would read from the start).
 */
export function afterKeyset(k: Keyset): RawBuilder<SqlBool> {
  return sql<SqlBool>`updated_at <= ${k.updatedAt} and (updated_at < ${k.updatedAt} or (updated_at = ${k.updatedAt} and id > ${k.id}))`;
}

/** A page of `limit` rows from `limit + 1` read: the rows, and the cursor of the next page if there is one. */
export function keysetPage<R extends { updated_at: string; id: string }>(
  rows: readonly R[],
  limit: number,
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeKeyset({ updatedAt: last.updated_at, id: last.id }) : null };
}
