import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '@carelevel/engine/testing';
import { asToken, openTestDatabase, startTestApp, userWithToken, type TestApp, type TestDatabase } from '../test-support/harness.js';

// Property: whatever JSON arrives at any route that takes a body, the answer is never a 5xx and is
// either a success or a problem document naming fields. SQLite only: the property is about the
// HTTP layer and validation, which do not depend on the database.
describe('malformed input never gets a 5xx', () => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;
  let referralId: string;
  let programId: string;
  let assessmentId: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    s = await startTestApp(t, { logLevel: 'warn' });
    api = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    personId = (await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'P', familyName: 'Q' } })).json<{ id: string }>()
      .id;
    await api({
      method: 'POST',
      url: '/api/v1/consents',
      payload: {
        personId,
        programId,
        purpose: 'referral',
        shares: ['demographics'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    assessmentId = (await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } })).json<{
      id: string;
    }>().id;
    referralId = (await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [programId] } })).json<{
      referrals: { id: string }[];
    }>().referrals[0]!.id;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const routes = (): { method: 'POST' | 'PUT' | 'PATCH'; url: string; ifMatch?: boolean }[] => [
    { method: 'POST', url: '/api/v1/evaluate' },
    { method: 'POST', url: '/api/v1/session' },
    { method: 'POST', url: '/api/v1/users' },
    { method: 'POST', url: '/api/v1/people' },
    { method: 'POST', url: '/api/v1/people/search' },
    { method: 'PATCH', url: `/api/v1/people/${personId}`, ifMatch: true },
    { method: 'POST', url: `/api/v1/people/${personId}/assessments` },
    { method: 'POST', url: `/api/v1/people/${personId}/episodes` },
    { method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/determination` },
    { method: 'POST', url: `/api/v1/people/${personId}/transitions` },
    { method: 'POST', url: `/api/v1/people/${personId}/transitions/preview` },
    { method: 'PUT', url: `/api/v1/people/${personId}/aftercare-plan` },
    { method: 'POST', url: '/api/v1/consents' },
    { method: 'POST', url: '/api/v1/referrals' },
    { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, ifMatch: true },
    { method: 'PUT', url: `/api/v1/programs/${programId}/openings` },
    { method: 'PUT', url: `/api/v1/programs/${programId}/schedule` },
  ];

  // Arbitrary JSON, and JSON shaped like a case with random values in its fields.
  const anyJson = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom(
        'givenName',
        'familyName',
        'status',
        'case',
        'plan',
        'programIds',
        'personId',
        'expiresAt',
        'shares',
        'email',
        'password',
        'level',
        'chosenLevel',
        'varianceReason',
        'adjustments',
        'previousAssessmentId',
        'assessmentId',
        'currentLevel',
        'action',
        'toLevel',
        'effectiveOn',
        'programId',
        'note',
      ),
      fc.jsonValue(),
    ),
    fc.record({ case: fc.dictionary(fc.constantFrom(...Object.keys(devCase())), fc.jsonValue()) }),
    // Determinations with adjustments that are nearly right: ratings and dimensions at and past their ends.
    fc.record({
      chosenLevel: fc.constantFrom('outpatient', 'intensive-outpatient', 'nowhere'),
      varianceReason: fc.constantFrom('clinical-judgment', 'payer-denied'),
      adjustments: fc.array(
        fc.record({
          dimension: fc.oneof(fc.integer({ min: -1, max: 8 }), fc.jsonValue()),
          engineRating: fc.integer({ min: -1, max: 5 }),
          adjustedRating: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double()),
          rationale: fc.string({ maxLength: 30 }),
        }),
        { maxLength: 8 },
      ),
    }),
  );

  it('holds for random JSON bodies on every route that takes one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), anyJson, fc.option(fc.string({ maxLength: 12 })), async (route, body, ifMatch) => {
        const res = await api({
          method: route.method,
          url: route.url,
          headers: { 'content-type': 'application/json', ...(route.ifMatch && ifMatch !== null ? { 'if-match': ifMatch } : {}) },
          payload: JSON.stringify(body),
        });
        expect(
          res.statusCode,
          `${route.method} ${route.url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
        ).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json<{ errors: unknown[] }>().errors).toBeInstanceOf(Array);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('holds for random query strings on the routes that read them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/v1/people',
          '/api/v1/referrals',
          '/api/v1/programs',
          '/api/v1/audit-events',
          '/api/v1/evaluate',
          '/api/v1/reports/summary',
          `/api/v1/people/${personId}/aftercare-plan.pdf`,
        ),
        fc.dictionary(
          fc.constantFrom(
            'limit',
            'offset',
            'near',
            'radiusMiles',
            'levels',
            'status',
            'programId',
            'personId',
            'locale',
            'acceptingNow',
            'sort',
            'from',
            'to',
            'copy',
          ),
          fc.string({ maxLength: 20 }),
        ),
        async (path, query) => {
          const res = await api({
            method: path.endsWith('evaluate') ? 'POST' : 'GET',
            url: path,
            query,
            ...(path.endsWith('evaluate') ? { payload: devCase() } : {}),
          });
          expect(res.statusCode, `${path} ${JSON.stringify(query)} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
