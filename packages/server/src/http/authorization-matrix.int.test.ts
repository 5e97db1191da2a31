import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import {
  asToken,
  consentBody,
  openTestDatabase,
  PASSWORD,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

// Who may call what. Program staff "with consent" work for the program the person consented to;
// "without" work for another program. Every route in the OpenAPI document must appear here.
const ACTORS = ['anonymous', 'admin', 'clinician', 'navigator', 'staff-with-consent', 'staff-without-consent'] as const;
type Actor = (typeof ACTORS)[number];
const EVERYONE: readonly Actor[] = ACTORS;
const SIGNED_IN: readonly Actor[] = ACTORS.filter((a) => a !== 'anonymous');
const CARE_TEAM: readonly Actor[] = ['admin', 'clinician', 'navigator'];
const CARE_TEAM_AND_CONSENTED: readonly Actor[] = [...CARE_TEAM, 'staff-with-consent'];
const ASSESSORS: readonly Actor[] = ['admin', 'clinician'];

interface Fixture {
  personId: string;
  assessmentId: string;
  /** A reassessment of the same person, for continued-stay reviews. */
  laterAssessmentId: string;
  referralId: string;
  programWithConsent: string;
  otherProgram: string;
  admin: string;
}

interface Endpoint {
  readonly method: InjectOptions['method'];
  /** The route as the OpenAPI document names it. */
  readonly route: string;
  readonly allowed: readonly Actor[];
  /** Status every caller gets regardless of role (the setup route once an admin exists). */
  readonly fixedStatus?: number;
  /** A fresh request for one call (so writes never collide between actors). */
  prepare(f: Fixture, api: ReturnType<typeof asToken>): InjectOptions | Promise<InjectOptions>;
}

const json = (r: { json(): unknown }) => r.json() as Record<string, unknown>;

async function freshPerson(api: ReturnType<typeof asToken>): Promise<string> {
  const r = await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Test', familyName: 'Person' } });
  return json(r).id as string;
}
async function freshAssessment(api: ReturnType<typeof asToken>, personId: string): Promise<string> {
  const r = await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } });
  return json(r).id as string;
}
async function freshReferral(api: ReturnType<typeof asToken>, f: Fixture): Promise<string> {
  const r = await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId: f.personId, programIds: [f.programWithConsent] } });
  return ((json(r).referrals as { id: string }[])[0] as { id: string }).id;
}

const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', route: '/api/health', allowed: EVERYONE, prepare: () => ({ method: 'GET', url: '/api/health' }) },
  {
    method: 'POST',
    route: '/api/v1/evaluate',
    allowed: EVERYONE,
    prepare: () => ({ method: 'POST', url: '/api/v1/evaluate', payload: devCase() }),
  },
  {
    method: 'POST',
    route: '/api/v1/setup',
    allowed: EVERYONE,
    fixedStatus: 409,
    prepare: () => ({ method: 'POST', url: '/api/v1/setup', payload: { email: 'x@example.test', password: PASSWORD } }),
  },
  {
    method: 'POST',
    route: '/api/v1/session',
    allowed: EVERYONE,
    prepare: (f) => ({ method: 'POST', url: '/api/v1/session', payload: { email: f.admin, password: PASSWORD } }),
  },
  { method: 'GET', route: '/api/v1/session', allowed: SIGNED_IN, prepare: () => ({ method: 'GET', url: '/api/v1/session' }) },
  { method: 'DELETE', route: '/api/v1/session', allowed: SIGNED_IN, prepare: () => ({ method: 'DELETE', url: '/api/v1/session' }) },
  { method: 'GET', route: '/api/v1/setup', allowed: EVERYONE, prepare: () => ({ method: 'GET', url: '/api/v1/setup' }) },
  { method: 'GET', route: '/api/v1/users', allowed: ['admin'], prepare: () => ({ method: 'GET', url: '/api/v1/users' }) },
  {
    method: 'POST',
    route: '/api/v1/users',
    allowed: ['admin'],
    prepare: () => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: `u${Math.random()}@example.test`, password: PASSWORD, role: 'navigator' },
    }),
  },
  { method: 'GET', route: '/api/v1/people', allowed: CARE_TEAM, prepare: () => ({ method: 'GET', url: '/api/v1/people' }) },
  {
    method: 'POST',
    route: '/api/v1/people/search',
    allowed: CARE_TEAM,
    prepare: () => ({ method: 'POST', url: '/api/v1/people/search', payload: { query: 'test' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/people',
    allowed: CARE_TEAM,
    prepare: () => ({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B' } }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}` }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/people/{id}',
    allowed: CARE_TEAM,
    prepare: async (_f, admin) => ({
      method: 'PATCH',
      url: `/api/v1/people/${await freshPerson(admin)}`,
      headers: { 'if-match': '"1"' },
      payload: { familyName: 'C' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments',
    allowed: ASSESSORS,
    prepare: (f) => ({ method: 'POST', url: `/api/v1/people/${f.personId}/assessments`, payload: { case: devCase() } }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/assessments',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/assessments` }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/assessments/{assessmentId}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/assessments/${f.assessmentId}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments/{assessmentId}/sign',
    allowed: ASSESSORS,
    prepare: async (f, admin) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/assessments/${await freshAssessment(admin, f.personId)}/sign`,
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments/{assessmentId}/determination',
    allowed: ASSESSORS,
    prepare: (f) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/assessments/${f.assessmentId}/determination`,
      payload: { chosenLevel: 'outpatient', varianceReason: 'not-available-nearby' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/transitions/preview',
    allowed: CARE_TEAM,
    prepare: (f) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/transitions/preview`,
      payload: { previousAssessmentId: f.assessmentId, assessmentId: f.laterAssessmentId, currentLevel: 'intensive-outpatient' },
    }),
  },
  // Continuing at the same level moves no episode, so every allowed caller can record it again.
  {
    method: 'POST',
    route: '/api/v1/people/{id}/transitions',
    allowed: ASSESSORS,
    prepare: (f) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/transitions`,
      payload: {
        previousAssessmentId: f.assessmentId,
        assessmentId: f.laterAssessmentId,
        currentLevel: 'intensive-outpatient',
        action: 'continue',
        toLevel: 'intensive-outpatient',
        effectiveOn: '2026-03-01',
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/timeline',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/timeline` }),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/episodes',
    allowed: CARE_TEAM,
    prepare: (f) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/episodes`,
      payload: { level: 'outpatient', startedOn: '2026-01-05' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/aftercare-plan',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/aftercare-plan` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/people/{id}/aftercare-plan',
    allowed: CARE_TEAM,
    prepare: async (_f, admin) => ({
      method: 'PUT',
      url: `/api/v1/people/${await freshPerson(admin)}/aftercare-plan`,
      payload: {
        plan: {
          format: 'carelevel-aftercare/1',
          components: [{ kind: 'support-groups', frequency: 'weekly' }],
          relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [] },
          crisisPlan: { steps: [], contacts: [] },
        },
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/aftercare-plan.pdf',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/aftercare-plan.pdf?copy=clinician&locale=es` }),
  },
  {
    method: 'POST',
    route: '/api/v1/consents',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'POST', url: '/api/v1/consents', payload: consentBody(f.personId, f.otherProgram) }),
  },
  {
    method: 'POST',
    route: '/api/v1/consents/{id}/revoke',
    allowed: CARE_TEAM,
    prepare: async (f, admin) => {
      const c = await admin({ method: 'POST', url: '/api/v1/consents', payload: consentBody(f.personId, f.otherProgram) });
      return { method: 'POST', url: `/api/v1/consents/${json(c).id as string}/revoke` };
    },
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/consents',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/consents` }),
  },
  {
    method: 'POST',
    route: '/api/v1/referrals',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'POST', url: '/api/v1/referrals', payload: { personId: f.personId, programIds: [f.programWithConsent] } }),
  },
  { method: 'GET', route: '/api/v1/referrals', allowed: SIGNED_IN, prepare: () => ({ method: 'GET', url: '/api/v1/referrals' }) },
  {
    method: 'GET',
    route: '/api/v1/referrals/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/referrals/${f.referralId}` }),
  },
  // Moving requested → received is the receiving program's step (admin may act for anyone).
  {
    method: 'PATCH',
    route: '/api/v1/referrals/{id}',
    allowed: ['admin', 'staff-with-consent'],
    prepare: async (f, admin) => ({
      method: 'PATCH',
      url: `/api/v1/referrals/${await freshReferral(admin, f)}`,
      headers: { 'if-match': '"1"' },
      payload: { status: 'received' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/programs',
    allowed: EVERYONE,
    prepare: () => ({ method: 'GET', url: '/api/v1/programs?near=19901&radiusMiles=50' }),
  },
  {
    method: 'GET',
    route: '/api/v1/programs/search',
    allowed: EVERYONE,
    prepare: () => ({ method: 'GET', url: '/api/v1/programs/search?zip=19901&level=outpatient&radiusMiles=50' }),
  },
  {
    method: 'GET',
    route: '/api/v1/programs/{id}',
    allowed: EVERYONE,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/programs/${f.programWithConsent}` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/programs/{id}/openings',
    allowed: ['admin', 'staff-with-consent'],
    prepare: (f) => ({
      method: 'PUT',
      url: `/api/v1/programs/${f.programWithConsent}/openings`,
      payload: { acceptingNewClients: true, seats: 3 },
    }),
  },
  {
    method: 'PUT',
    route: '/api/v1/programs/{id}/schedule',
    allowed: ['admin', 'staff-with-consent'],
    prepare: (f) => ({
      method: 'PUT',
      url: `/api/v1/programs/${f.programWithConsent}/schedule`,
      payload: { level: 'intensive-outpatient', tracks: ['evening'] },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/audit-events',
    allowed: ['admin'],
    prepare: () => ({ method: 'GET', url: '/api/v1/audit-events?entityType=person' }),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/summary',
    allowed: ['admin'],
    prepare: () => ({ method: 'GET', url: '/api/v1/reports/summary?from=2026-01-01&to=2026-12-31' }),
  },
];

describe.each(TEST_DIALECTS)('authorization on %s: every endpoint × every role', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  const tokens = new Map<Actor, string | undefined>();
  const userIds = new Map<Actor, string>();
  let fixture: Fixture;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    const iop = await t.database.db
      .selectFrom('directory_programs')
      .select('id')
      .where('care', 'like', '%intensive-outpatient%')
      .limit(2)
      .execute();
    const [p1, p2] = iop.map((r) => r.id);
    if (!p1 || !p2) throw new Error('the sample directory should have IOP programs');
    const admin = await userWithToken(t.database, 'admin');
    tokens.set('anonymous', undefined);
    tokens.set('admin', admin.token);
    tokens.set('clinician', (await userWithToken(t.database, 'clinician')).token);
    tokens.set('navigator', (await userWithToken(t.database, 'navigator')).token);
    for (const [actor, programs] of [
      ['staff-with-consent', [p1]],
      ['staff-without-consent', [p2]],
    ] as const) {
      const staff = await userWithToken(t.database, 'program-staff', programs);
      tokens.set(actor, staff.token);
      userIds.set(actor, staff.id);
    }
    const api = asToken(s.app, admin.token);
    const personId = await freshPerson(api);
    expect((await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, p1) })).statusCode).toBe(201);
    fixture = {
      personId,
      assessmentId: await freshAssessment(api, personId),
      laterAssessmentId: await freshAssessment(api, personId),
      referralId: '',
      programWithConsent: p1,
      otherProgram: p2,
      admin: admin.email,
    };
    fixture.referralId = await freshReferral(api, fixture);
    await api({
      method: 'PUT',
      url: `/api/v1/people/${personId}/aftercare-plan`,
      payload: {
        plan: {
          format: 'carelevel-aftercare/1',
          components: [{ kind: 'support-groups', frequency: 'weekly' }],
          relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [] },
          crisisPlan: { steps: [], contacts: [] },
        },
      },
    });
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
