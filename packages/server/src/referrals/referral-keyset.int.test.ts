import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  consentBody,
  errorPaths,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { walkPages } from '../test-support/walk-pages.js';

interface Page {
  readonly total: number;
  readonly nextCursor: string | null;
  readonly referrals: { id: string; programId: string }[];
}

describe.each(TEST_DIALECTS)('the referral board a page at a time by cursor on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let staff: ReturnType<typeof asToken>;
  let navigator: ReturnType<typeof asToken>;
  let program: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    const programs = (await t.database.db.selectFrom('directory_programs').select('id').orderBy('id').limit(2).execute()).map((r) => r.id);
    program = programs[0] as string;
    navigator = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [program])).token);
    for (let i = 0; i < 7; i++) {
      const personId = (
        await navigator({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'B', familyName: `Board${i}` } })
      ).json<{
        id: string;
      }>().id;
      // Most to the staff's program, one elsewhere (the board must not show it to them).
      const to = i === 3 ? (programs[1] as string) : program;
      await navigator({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, to) });
      expect((await navigator({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [to] } })).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const board = async (query: string): Promise<Page> => {
    const res = await staff({ method: 'GET', url: `/api/v1/referrals?programId=${encodeURIComponent(program)}&${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<Page>();
  };

  it("walks a program's board by nextCursor in the order offset gives, each referral once, and ends with null", async () => {
    const byOffset = (await board('limit=200')).referrals.map((r) => r.id);
    expect(byOffset).toHaveLength(6);
    const walked = await walkPages(async (cursor) => {
      const p = await board(`limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(p.total).toBe(6);
      expect(p.referrals.every((r) => r.programId === program)).toBe(true);
      return { nextCursor: p.nextCursor, ids: p.referrals.map((r) => r.id) };
    });
    expect(walked).toEqual({ ids: byOffset, pages: 2 });
  });

  it('pages a status filter by cursor, and keeps offset paging as it was', async () => {
    const first = await board('status=requested&limit=5');
    const rest = await board(`status=requested&limit=5&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect([...first.referrals, ...rest.referrals]).toHaveLength(6);
    expect(rest.nextCursor).toBeNull();
    const all = (await board('limit=200')).referrals.map((r) => r.id);
    expect((await board('limit=2&offset=2')).referrals.map((r) => r.id)).toEqual(all.slice(2, 4));
  });

  it('refuses a cursor it did not give, naming cursor', async () => {
    const res = await navigator({ method: 'GET', url: '/api/v1/referrals?cursor=abc' });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['query.cursor']);
  });
});
