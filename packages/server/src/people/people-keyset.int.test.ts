import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeKeyset } from '../db/keyset.js';
import { walkPages } from '../test-support/walk-pages.js';
import {
  asToken,
  errorPaths,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

interface Page {
  readonly total: number;
  readonly nextCursor: string | null;
  readonly people: { id: string; familyName: string }[];
}

describe.each(TEST_DIALECTS)('people a page at a time by cursor on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let nav: ReturnType<typeof asToken>;
  const added: string[] = [];

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    nav = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    for (let i = 0; i < 11; i++) {
      const res = await nav({
        method: 'POST',
        url: '/api/v1/people',
        payload: { givenName: 'Kay', familyName: i % 2 ? `Cursor${i}` : `Other${i}` },
      });
      added.push(res.json<{ id: string }>().id);
    }
    // Several people changed at the same moment: the id breaks the tie, and no one is skipped or repeated.
    await t.database.db
      .updateTable('people')
      .set({ updated_at: '2026-01-01T00:00:00.000Z' })
      .where('id', 'in', added.slice(2, 7))
      .execute();
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const search = async (body: object): Promise<Page> => {
    const res = await nav({ method: 'POST', url: '/api/v1/people/search', payload: body });
    expect(res.statusCode).toBe(200);
    return res.json<Page>();
  };

  it('walks the whole list by nextCursor in the order offset gives, each person once, and ends with null', async () => {
    const byOffset = (await search({ limit: 200 })).people.map((p) => p.id);
    const walked = await walkPages(async (cursor) => {
      const p = await search({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(p.total).toBe(11);
      return { nextCursor: p.nextCursor, ids: p.people.map((x) => x.id) };
    });
    expect(walked).toEqual({ ids: byOffset, pages: 4 });
  });

  it('pages a name search by cursor too, and the GET list takes the cursor as a query parameter', async () => {
    const first = await search({ query: 'cursor', limit: 2 });
    expect(first.total).toBe(5);
    const second = await search({ query: 'cursor', limit: 10, cursor: first.nextCursor });
    expect(second.people).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.people, ...second.people].map((p) => p.id)).size).toBe(5);
    // The same cursor on the whole list: everyone after that person, whatever their name.
    const all = (await search({ limit: 200 })).people.map((p) => p.id);
    const listed = await nav({ method: 'GET', url: `/api/v1/people?limit=20&cursor=${encodeURIComponent(first.nextCursor ?? '')}` });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<Page>().people.map((p) => p.id)).toEqual(all.slice(all.indexOf(first.people[1]?.id ?? '') + 1));
  });

  it('keeps offset paging as it was', async () => {
    const all = (await search({ limit: 200 })).people.map((p) => p.id);
    expect((await search({ limit: 4, offset: 4 })).people.map((p) => p.id)).toEqual(all.slice(4, 8));
  });

  it('refuses a cursor it did not give, naming cursor, and a cursor with an offset, naming offset', async () => {
    for (const cursor of [
      'not a cursor',
      Buffer.from('["yesterday","x"]').toString('base64url'),
      encodeKeyset({ updatedAt: '2026-01-01T00:00:00.000Z', id: '' }),
    ]) {
      const res = await nav({ method: 'POST', url: '/api/v1/people/search', payload: { cursor } });
      expect(res.statusCode).toBe(400);
      expect(errorPaths(res)).toEqual(['body.cursor']);
    }
    const both = await nav({
      method: 'GET',
      url: `/api/v1/people?offset=5&cursor=${encodeKeyset({ updatedAt: '2026-01-01T00:00:00.000Z', id: 'a' })}`,
    });
    expect(both.statusCode).toBe(400);
    expect(errorPaths(both)).toEqual(['query.offset']);
  });
});
