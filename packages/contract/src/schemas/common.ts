import { z } from 'zod';

/** Records are named by UUIDs in every path: no names or other identifiers in URLs. */
export const idParams = z.object({ id: z.uuid() });
export const programIdParams = z.object({ id: z.string().min(1).max(64) });
export const programId = z.string().min(1).max(64);

export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/**
 * Keyset paging for a long list: pass the `nextCursor` of one page as `cursor` to read the next, at
 * the cost of the first page however deep it is (`offset` reads and drops every row before it). The
 * text is opaque: only a cursor the list gave is accepted.
 */
export const keysetQuery = {
  cursor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The previous page's nextCursor, as it came: reads the page after it (offset must be 0)"),
};
/** The cursor of the page after this one; null when this page is the last. */
export const keysetPage = { nextCursor: z.string().nullable().describe('Pass as cursor to read the next page; null on the last page') };

/** Where a page of a longer list starts, and how many there are in all. */
export const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

/** A moment, as ISO 8601 in UTC. */
export const instant = z.iso.datetime({ offset: true });
/** A day, YYYY-MM-DD. */
export const day = z.iso.date();

/** A language-free message from the engine or the directory: a code and the facts that fill its sentence. */
export const message = z.object({
  code: z.string(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** An answer with no body. */
export const noContent = z.null().meta({ description: 'No content' });
