import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorPaths,
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

// Issue 11, finding 5: PostgreSQL's text type refuses NUL, and every string that reached a query with
// one was a 500 (people, search, sign-in, path parameters, filters). One rule now refuses control
// characters in any parsed input, naming the field, before a handler runs.
describe.each(TEST_DIALECTS)('control characters on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, { loginAttemptsPerMinute: 1000 });
    api = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const cases: readonly [string, InjectOptions, string][] = [
    ['a new person', { method: 'POST', url: '/api/v1/people', payload: { givenName: 'A\u0000', familyName: 'B' } }, 'body.givenName'],
    ['a name search', { method: 'POST', url: '/api/v1/people/search', payload: { query: 'x\u0000y' } }, 'body.query'],
    [
      'a sign-in email',
      { method: 'POST', url: '/api/v1/session', payload: { email: 'a\u0000@b.test', password: 'whatever it is' } },
      'body.email',
    ],
    ['a path parameter', { method: 'GET', url: '/api/v1/programs/p%00x' }, 'params.id'],
    ['a filter', { method: 'GET', url: '/api/v1/referrals?programId=%00' }, 'query.programId'],
    ['an audit filter', { method: 'GET', url: '/api/v1/audit-events?entityType=a%01b' }, 'query.entityType'],
    [
      'a key inside a document',
      { method: 'PUT', url: '/api/v1/settings/security', payload: { 'x\u0000': 1, secondFactorRequired: true } },
      'body["x\\u0000"]',
    ],
    [
      'an escape character',
      { method: 'POST', url: '/api/v1/people', payload: { givenName: 'A\u001b[31m', familyName: 'B' } },
      'body.givenName',
    ],
  ];

  for (const [what, request, path] of cases)
    it(`refuses NUL and other control characters in ${what} with 400 naming ${path}`, async () => {
      const before = await t.database.db.selectFrom('people').select('id').execute();
      const res = await api(request);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(errorPaths(res)).toContain(path);
      expect(await t.database.db.selectFrom('people').select('id').execute()).toEqual(before);
    });

  it('keeps tabs and line breaks, which notes need', async () => {
    const res = await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Ann\tMarie', familyName: 'B' } });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a document nested deeper than any we accept', async () => {
    const deep = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`;
    const res = await api({
      method: 'PUT',
      url: '/api/v1/settings/security',
      headers: { 'content-type': 'application/json' },
      payload: `{"secondFactorRequired":true,"deep":${deep}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/nested too deeply/);
  });
});
