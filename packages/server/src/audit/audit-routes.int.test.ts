import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

interface AuditPage {
  readonly events: { seq: number; personId: string | null; action: string }[];
  readonly nextBeforeSeq: number | null;
}

describe.each(TEST_DIALECTS)('reading the audit log a page at a time on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let admin: ReturnType<typeof asToken>;
  let personId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    admin = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    const nav = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    personId = (await nav({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Page', familyName: 'Turner' } })).json<{
      id: string;
    }>().id;
    // 12 reads of the record: 13 rows about this person with the create.
    for (let i = 0; i < 12; i++) await nav({ method: 'GET', url: `/api/v1/people/${personId}` });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const page = async (query: string): Promise<AuditPage> => {
    const res = await admin({ method: 'GET', url: `/api/v1/audit-events?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<AuditPage>();
  };

  it('walks a person’s events newest first by the cursor each page gives, with no row twice or missed', async () => {
    const seen: number[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const p: AuditPage = await page(`personId=${personId}&limit=5${cursor === null ? '' : `&beforeSeq=${cursor}`}`);
      seen.push(...p.events.map((e) => e.seq));
      expect(p.events.every((e) => e.personId === personId)).toBe(true);
      cursor = p.nextBeforeSeq;
      pages += 1;
    } while (cursor !== null && pages < 10);
    const all = (await page(`personId=${personId}&limit=200`)).events.map((e) => e.seq);
    expect(all).toHaveLength(13);
    expect(seen).toEqual(all);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect(pages).toBe(3);
  });

  it('says there is no next page when a page is not full', async () => {
    expect((await page(`personId=${personId}&limit=200`)).nextBeforeSeq).toBeNull();
  });

  it('names the field when the cursor is not a positive whole number', async () => {
    const res = await admin({ method: 'GET', url: '/api/v1/audit-events?beforeSeq=-1' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string[] }[] }>().errors[0]?.path).toEqual(['query', 'beforeSeq']);
  });
});
