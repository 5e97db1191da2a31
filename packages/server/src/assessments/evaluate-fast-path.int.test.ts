import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

const DEV_CASES = readdirSync(join(import.meta.dirname, '../../../../../shared/cases/dev'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

interface Sent {
  readonly url?: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

// Headers that differ per connection or per moment, not per answer.
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

const comparable = (headers: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([k]) => !TRANSPORT.has(k))
      .map(([k, v]): [string, string] => [k, String(v)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * The fast path answers anonymous evaluate requests before Fastify; `app.inject` always goes through
 * Fastify's route. For the same request both must give the same status, headers and body, so the
 * fast path can never drift from the documented, tested route.
 */
describe('POST /api/v1/evaluate answered before the framework', () => {
  let t: TestDatabase;
  let s: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite', { sample: false });
    s = await startTestApp(t);
    base = await s.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const overHttp = async ({ url = '/api/v1/evaluate', body, headers = { 'content-type': 'application/json' } }: Sent): Promise<Answer> => {
    // fetch asks for gzip by default; inject asks for nothing. Compare like with like: uncompressed.
    const res = await fetch(base + url, { method: 'POST', headers: { 'accept-encoding': 'identity', ...headers }, body });
    return { status: res.status, headers: comparable(Object.fromEntries(res.headers)), body: await res.text() };
  };
  const throughFastify = async ({
    url = '/api/v1/evaluate',
    body,
    headers = { 'content-type': 'application/json' },
  }: Sent): Promise<Answer> => {
    const res = await s.app.inject({ method: 'POST', url, headers, payload: body });
    return { status: res.statusCode, headers: comparable(res.headers), body: res.body };
  };
  const fastPathLines = (): number => s.logs.filter((l) => l.includes('"reqId":"ev-')).length;

  async function expectSameAnswer(sent: Sent, fastPath: boolean): Promise<Answer> {
    const before = fastPathLines();
    const [http, fastify] = await Promise.all([overHttp(sent), throughFastify(sent)]);
    expect(http).toEqual(fastify);
    expect(fastPathLines() - before).toBe(fastPath ? 1 : 0);
    return http;
  }

  it('gives every development case the same recommendation as the framework route, in English and Spanish', async () => {
    for (const name of DEV_CASES) {
      const body = JSON.stringify(devCase(name));
      const en = await expectSameAnswer({ body }, true);
      expect(en.status).toBe(200);
      expect(JSON.parse(en.body)).toMatchObject({ format: 'carelevel-recommendation/1', locale: 'en' });
      const es = await expectSameAnswer({ url: '/api/v1/evaluate?locale=es', body }, true);
      expect(JSON.parse(es.body)).toMatchObject({ locale: 'es' });
    }
  });

  it('answers bad JSON, poisoned JSON and invalid cases with the same problem documents', async () => {
    const invalid = { ...devCase(), ageYears: -3, substances: 'alcohol' };
    for (const body of [
      '{',
      '[]',
      'null',
      '"case"',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{}}}',
      JSON.stringify(invalid),
    ]) {
      const answer = await expectSameAnswer({ body }, true);
      expect(answer.status, body).toBeGreaterThanOrEqual(400);
      expect(answer.status, body).toBeLessThan(500);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('leaves unusual requests to the framework: other locales, media types, credentials', async () => {
    const body = JSON.stringify(devCase());
    expect((await expectSameAnswer({ url: '/api/v1/evaluate?locale=fr', body }, false)).status).toBe(400);
    expect((await expectSameAnswer({ url: '/api/v1/evaluate?locale=en&x=1', body }, false)).status).toBe(200);
    expect((await expectSameAnswer({ body, headers: { 'content-type': 'text/plain' } }, false)).status).toBeGreaterThanOrEqual(400);
    const withToken = { body, headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' } };
    expect((await expectSameAnswer(withToken, false)).status).toBe(401);
  });

  it('agrees with the framework route on arbitrary changes to a case', async () => {
    const base = devCase('02-residential-relapsed-after-iop-using-partner');
    const keys = Object.keys(base);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), async (key, value) => {
        await expectSameAnswer({ body: JSON.stringify({ ...base, [key]: value }) }, true);
      }),
      { numRuns: 60 },
    );
  });

  it('logs one access line per request with the route pattern and no case content', async () => {
    const before = s.logs.length;
    await overHttp({ body: JSON.stringify(devCase()) });
    const lines = s.logs.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', res: { method: 'POST', route: '/api/v1/evaluate', statusCode: 200 } });
    expect(JSON.stringify(lines[0])).not.toMatch(/alcohol|substances|ageYears|97201/);
  });
});
