import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS, ENDPOINTS, freshPerson, json, setUpActors, type Actor, type Fixture } from '../test-support/endpoints.js';
import {
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

describe.each(TEST_DIALECTS)('authorization on %s: every endpoint × every role', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let tokens: ReadonlyMap<Actor, string | undefined>;
  let userIds: ReadonlyMap<Actor, string>;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    ({ tokens, userIds, fixture } = await setUpActors(t, s));
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('lists every route of the API', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(ENDPOINTS.map((e) => `${e.method} ${e.route}`).sort()).toEqual(documented.sort());
  });

  for (const e of ENDPOINTS) {
    it(`${e.method} ${e.route}: ${e.allowed.length === ACTORS.length ? 'everyone' : e.allowed.join(', ')}`, async () => {
      const admin = asToken(s.app, tokens.get('admin'));
      for (const actor of ACTORS) {
        const res = await asToken(s.app, tokens.get(actor))(await e.prepare(fixture, admin));
        const outcome = `${actor} → ${res.statusCode}`;
        if (e.fixedStatus) expect(outcome).toBe(`${actor} → ${e.fixedStatus}`);
        else if (e.allowed.includes(actor)) expect(res.statusCode, `${outcome} ${res.body.slice(0, 300)}`).toBeLessThan(300);
        else expect(outcome).toBe(`${actor} → ${actor === 'anonymous' ? 401 : 403}`);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        // Answers about people must not be kept by a browser or proxy cache (issue 11, finding 11).
        if (e.route.startsWith('/api/v1/'))
          expect(`${outcome} cache-control ${String(res.headers['cache-control'])}`).toBe(`${outcome} cache-control no-store`);
      }
    });
  }

  it('program staff lose access when the consent is revoked', async () => {
    const admin = asToken(s.app, tokens.get('admin'));
    const staff = asToken(s.app, tokens.get('staff-with-consent'));
    const personId = await freshPerson(admin);
    const consent = json(
      await admin({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, fixture.programWithConsent) }),
    );
    expect((await staff({ method: 'GET', url: `/api/v1/people/${personId}` })).statusCode).toBe(200);
    await admin({ method: 'POST', url: `/api/v1/consents/${consent.id as string}/revoke` });
    const after = await staff({ method: 'GET', url: `/api/v1/people/${personId}` });
    expect(after.statusCode).toBe(403);
    expect(json(after).code).toBe('no-consent');
    const denied = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', personId)
      .where('action', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ entity_type: 'demographics', entity_id: personId });
  });

  it('program staff whose program has no consent are refused a person, and the attempt is audited as denied', async () => {
    // A person of their own: the matrix above records consents to both programs for the fixture person.
    const personId = await freshPerson(asToken(s.app, tokens.get('admin')));
    const staff = asToken(s.app, tokens.get('staff-without-consent'));
    const res = await staff({ method: 'GET', url: `/api/v1/people/${personId}` });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(res)).toMatchObject({ code: 'no-consent' });
    const denied = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('person_id', '=', personId)
      .where('actor_id', '=', userIds.get('staff-without-consent') ?? '')
      .where('action', '=', 'denied')
      .where('entity_type', '=', 'demographics')
      .execute();
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ entity_id: personId, ip: expect.any(String) });
  });

  it('program staff see only the parts of the record the consent shares', async () => {
    const admin = asToken(s.app, tokens.get('admin'));
    const staff = asToken(s.app, tokens.get('staff-with-consent'));
    const personId = await freshPerson(admin);
    await admin({
      method: 'POST',
      url: '/api/v1/consents',
      payload: { ...consentBody(personId, fixture.programWithConsent), shares: ['demographics'] },
    });
    expect((await staff({ method: 'GET', url: `/api/v1/people/${personId}` })).statusCode).toBe(200);
    expect((await staff({ method: 'GET', url: `/api/v1/people/${personId}/assessments` })).statusCode).toBe(403);
    expect((await staff({ method: 'GET', url: `/api/v1/people/${personId}/timeline` })).statusCode).toBe(403);
    expect((await staff({ method: 'GET', url: `/api/v1/people/${personId}/aftercare-plan.pdf` })).statusCode).toBe(403);
  });

  it('program staff list only referrals to their own programs', async () => {
    const other = await asToken(s.app, tokens.get('staff-without-consent'))({ method: 'GET', url: '/api/v1/referrals' });
    expect(json(other).total).toBe(0);
    const own = await asToken(s.app, tokens.get('staff-with-consent'))({ method: 'GET', url: '/api/v1/referrals' });
    expect((json(own).referrals as { programId: string }[]).every((r) => r.programId === fixture.programWithConsent)).toBe(true);
    expect(json(own).total).toBeGreaterThan(0);
  });
});
