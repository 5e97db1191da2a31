import { fieldPathText, type FieldPath } from '@carelevel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '@carelevel/engine/testing';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

const PROBLEM_KEYS = ['code', 'errors', 'status', 'title', 'type'];

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown },
  status: number,
  code: string,
): { path: FieldPath; message: string }[] {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(
    Object.keys(body)
      .filter((k) => k !== 'detail')
      .sort(),
  ).toEqual(PROBLEM_KEYS);
  expect(body).toMatchObject({ status, code, type: `https://carelevel.org/problems/${code}` });
  expect(res.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/); // no stack trace
  const errors = body.errors as { path: FieldPath; message: string }[];
  for (const e of errors) expect(Object.keys(e).sort()).toEqual(['message', 'path']);
  return errors;
}

describe.each(TEST_DIALECTS)('problem+json and logs on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('answers invalid JSON with 400 invalid-json', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      headers: { 'content-type': 'application/json' },
      payload: '{"format": "carelevel-case/1",',
    });
    expect(expectProblem(res, 400, 'invalid-json')).toEqual([{ path: ['body'], message: 'must be a JSON document' }]);
  });

  it('answers a non-JSON media type with 415', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      headers: { 'content-type': 'application/xml' },
      payload: '<case/>',
    });
    expectProblem(res, 415, 'unsupported-media-type');
  });

  it('names every invalid field of a case', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      payload: { ...devCase(), ageYears: -3, substances: [{ name: 'tea', daysUsedLast30: 31 }] },
    });
    const paths = expectProblem(res, 400, 'invalid-case').map((e) => fieldPathText(e.path));
    expect(paths).toEqual(expect.arrayContaining(['body.ageYears', 'body.substances[0].name', 'body.substances[0].daysUsedLast30']));
  });

  it('names every invalid field of a request body, path and query', async () => {
    const res = await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: '', birthDate: 'yesterday', extra: 1 } });
    const paths = expectProblem(res, 400, 'invalid-request').map((e) => fieldPathText(e.path));
    expect(paths).toEqual(expect.arrayContaining(['body.givenName', 'body.familyName', 'body.birthDate']));
    expectProblem(await api({ method: 'GET', url: '/api/v1/people/not-a-uuid' }), 400, 'invalid-request');
    expectProblem(await api({ method: 'GET', url: '/api/v1/people?limit=100000' }), 400, 'invalid-request');
    expectProblem(await api({ method: 'POST', url: '/api/v1/people', payload: [] }), 400, 'invalid-request');
    expectProblem(
      await api({ method: 'POST', url: '/api/v1/people', headers: { 'content-type': 'application/json' }, payload: 'null' }),
      400,
      'invalid-request',
    );
  });

  it('answers unknown routes with a 404 problem', async () => {
    expectProblem(await s.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not-found');
  });

  it('answers an unknown person with 404 and a bad token with 401', async () => {
    expectProblem(await api({ method: 'GET', url: '/api/v1/people/00000000-0000-4000-8000-000000000000' }), 404, 'not-found');
    expectProblem(await asToken(s.app, 'clt_nonsense')({ method: 'GET', url: '/api/v1/people' }), 401, 'unauthenticated');
  });

  it('never answers a 5xx to garbage bodies', async () => {
    const bodies = [
      '',
      '[]',
      '"x"',
      '1e999',
      '{"__proto__":{"polluted":1}}',
      '{"format":"carelevel-case/1","substances":{}}',
      '\u0000',
      '{'.repeat(5000),
    ];
    for (const url of ['/api/v1/evaluate', '/api/v1/people', '/api/v1/referrals', '/api/v1/consents', '/api/v1/session']) {
      for (const payload of bodies) {
        const res = await api({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
        expect(res.statusCode, `${url} ${payload.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${url} ${payload.slice(0, 20)}`).toBeLessThan(500);
      }
    }
  });

  it('keeps a person\u2019s name out of every log line, through create, search, read and update', async () => {
    const marker = `Zyxwquorra${Math.random().toString(36).slice(2, 8)}`;
    const created = await api({
      method: 'POST',
      url: '/api/v1/people',
      payload: { givenName: marker, familyName: `${marker}son`, birthDate: '1990-02-03' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const found = await api({ method: 'POST', url: '/api/v1/people/search', payload: { query: marker } });
    expect(found.json<{ total: number }>().total).toBe(1);
    await api({ method: 'GET', url: `/api/v1/people/${id}` });
    await api({ method: 'PATCH', url: `/api/v1/people/${id}`, headers: { 'if-match': '"1"' }, payload: { familyName: `${marker}-Smith` } });
    // a name in a query string (which the API never asks for) must not be logged either
    await api({ method: 'GET', url: `/api/v1/people?name=${marker}` });
    await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: marker, birthDate: 'bad' } });
    expect(s.logs.length).toBeGreaterThan(10);
    const leaks = s.logs.filter((l) => l.toLowerCase().includes(marker.toLowerCase()) || l.includes('1990-02-03'));
    expect(leaks).toEqual([]);
  });
});
