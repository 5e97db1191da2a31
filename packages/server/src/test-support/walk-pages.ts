/**
 * Read a list page after page by `nextCursor` until it says null: every id in the order the pages
 * gave them, and how many pages that took (stopping at `most`, so a cursor that never ends fails the
 * test instead of hanging it).
 */
export async function walkPages(
  read: (cursor: string | null) => Promise<{ readonly nextCursor: string | null; readonly ids: readonly string[] }>,
  most = 20,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await read(cursor);
    ids.push(...page.ids);
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < most);
  return { ids, pages };
}
