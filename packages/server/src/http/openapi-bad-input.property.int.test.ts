import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequest, operationsOf, sweep } from '../test-support/bad-requests.js';
import { auditAfter, databaseFingerprint, lastAuditSeq } from '../test-support/database-fingerprint.js';
import { ACTORS, ENDPOINTS, setUpActors, type Actor, type Fixture } from '../test-support/endpoints.js';
import { asToken, openTestDatabase, startTestApp, TEST_DIALECTS, type TestApp, type TestDatabase } from '../test-support/harness.js';

// Generated requests per operation and database; deep runs for hunting:
// CARELEVEL_API_PROPERTY_RUNS=200 npx vitest run packages/server/src/http/openapi-bad-input.property.int.test.ts
const RUNS = Number(process.env.CARELEVEL_API_PROPERTY_RUNS ?? 6);

/** Statuses that are about the request's content, so they must say which field and why. */
const NAMES_FIELDS = new Set([400, 413, 415, 422, 428]);
/** What a refused request may add to the audit log: the attempt, never a read or a change. */
const REFUSAL_AUDIT = new Set(['denied', 'login-failed']);

// Issue 11: every operation of the OpenAPI document, broken every way, as every role and signed out.
describe.each(TEST_DIALECTS)('bad input to every operation on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let tokens: ReadonlyMap<Actor, string | undefined>;
  let fixture: Fixture;
  let operations: ReturnType<typeof operationsOf>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t, { logLevel: 'silent', loginAttemptsPerMinute: 1_000_000 });
    ({ tokens, fixture } = await setUpActors(t, s));
    operations = operationsOf((await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('finds a valid request for every operation of the document', () => {
    const known = new Set(ENDPOINTS.map((e) => `${e.method} ${e.route}`));
    expect(operations.map((o) => `${o.method} ${o.route}`).filter((o) => !known.has(o))).toEqual([]);
    expect(operations.length).toBeGreaterThan(50);
  });

  /** Send one request and hold the answer to the rules; throws with the request and answer in the message. */
  async function check(actor: Actor, request: InjectOptions): Promise<void> {
    const before = await databaseFingerprint(t.database);
    const seq = await lastAuditSeq(t.database);
    const res = await asToken(s.app, tokens.get(actor))(request);
    const payload = typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload ?? '');
    const url = typeof request.url === 'string' ? request.url : JSON.stringify(request.url);
    const what = `${actor} ${request.method ?? ''} ${url.slice(0, 120)} ${payload.slice(0, 160)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
    expect(res.statusCode, what).toBeLessThan(500);
    if (res.statusCode < 400) return;
    expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
    const problem = res.json<{ status: number; code: string; errors: { path: (string | number)[]; message: string }[] }>();
    expect(problem.status, what).toBe(res.statusCode);
    expect(problem.code, what).toEqual(expect.any(String));
    expect(problem.errors, what).toBeInstanceOf(Array);
    if (NAMES_FIELDS.has(res.statusCode)) {
      expect(problem.errors.length, what).toBeGreaterThan(0);
      // Every field is named from the part of the request it sits in, the same way everywhere.
      for (const e of problem.errors) {
        expect(e, what).toEqual({ path: expect.any(Array), message: expect.stringMatching(/\S/) });
        expect(e.path[0], what).toMatch(/^(body|query|params|headers|url|request)$/);
      }
    }
    expect(await databaseFingerprint(t.database), `database changed by a refused request: ${what}`).toBe(before);
    for (const action of await auditAfter(t.database, seq)) expect(REFUSAL_AUDIT.has(action), `audit "${action}" after ${what}`).toBe(true);
  }

  const endpointFor = (op: { method: string; route: string }) => {
    const endpoint = ENDPOINTS.find((e) => e.method === op.method && e.route === op.route);
    if (!endpoint) throw new Error(`no request for ${op.method} ${op.route}`);
    return endpoint;
  };

  it('walks every field of every operation with each classic bad value, as a role allowed to call it', async () => {
    const admin = asToken(s.app, tokens.get('admin'));
    for (const op of operations) {
      const endpoint = endpointFor(op);
      // A role the route lets in, so the bad input reaches validation and the handler.
      const actor: Actor = endpoint.allowed.includes('admin') ? 'admin' : (endpoint.allowed[0] ?? 'admin');
      for (const mutate of sweep(op)) await check(actor, mutate(await endpoint.prepare(fixture, admin), op));
    }
  }, 600_000);

  it('holds for generated bad requests as every role and signed out', async () => {
    const admin = asToken(s.app, tokens.get('admin'));
    for (const op of operations) {
      const endpoint = endpointFor(op);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ACTORS), badRequest(op), async (actor, mutate) => {
          await check(actor, mutate(await endpoint.prepare(fixture, admin), op));
        }),
        { numRuns: RUNS },
      );
    }
  }, 600_000);
});
