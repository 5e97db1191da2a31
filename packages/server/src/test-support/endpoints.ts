// Every route of the API with a valid request for it and who may call it: the authorization matrix
// walks it for every role, and the bad-input property test starts from each request and breaks it.
import type { InjectOptions } from 'fastify';
import { devCase } from '@carelevel/engine/testing';
import { asToken, consentBody, PASSWORD, userWithToken, type TestApp, type TestDatabase } from './harness.js';

// Who may call what. Program staff "with consent" work for the program the person consented to;
// "without" work for another program. Every route in the OpenAPI document must appear here.
export const ACTORS = ['anonymous', 'admin', 'clinician', 'navigator', 'staff-with-consent', 'staff-without-consent'] as const;
export type Actor = (typeof ACTORS)[number];
const EVERYONE: readonly Actor[] = ACTORS;
const SIGNED_IN: readonly Actor[] = ACTORS.filter((a) => a !== 'anonymous');
const CARE_TEAM: readonly Actor[] = ['admin', 'clinician', 'navigator'];
const CARE_TEAM_AND_CONSENTED: readonly Actor[] = [...CARE_TEAM, 'staff-with-consent'];
const ASSESSORS: readonly Actor[] = ['admin', 'clinician'];

export interface Fixture {
  personId: string;
  assessmentId: string;
  /** A reassessment of the same person, for continued-stay reviews. */
  laterAssessmentId: string;
  referralId: string;
  programWithConsent: string;
  otherProgram: string;
  admin: string;
}

export interface Endpoint {
  readonly method: InjectOptions['method'];
  /** The route as the OpenAPI document names it. */
  readonly route: string;
  readonly allowed: readonly Actor[];
  /** Status every caller gets regardless of role (the setup route once an admin exists). */
  readonly fixedStatus?: number;
  /** A fresh request for one call (so writes never collide between actors). */
  prepare(f: Fixture, api: ReturnType<typeof asToken>): InjectOptions | Promise<InjectOptions>;
}

export const json = (r: { json(): unknown }) => r.json() as Record<string, unknown>;

export async function freshPerson(api: ReturnType<typeof asToken>): Promise<string> {
  const r = await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Test', familyName: 'Person' } });
  return json(r).id as string;
}
export async function freshAssessment(api: ReturnType<typeof asToken>, personId: string): Promise<string> {
  const r = await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } });
  return json(r).id as string;
}
export async function freshUser(api: ReturnType<typeof asToken>): Promise<string> {
  const r = await api({
    method: 'POST',
    url: '/api/v1/users',
    payload: { email: `u${Math.random().toString(36).slice(2)}@example.test`, password: PASSWORD, role: 'navigator' },
  });
  return (json(r).user as { id: string }).id;
}
export async function freshReferral(api: ReturnType<typeof asToken>, f: Fixture): Promise<string> {
  const r = await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId: f.personId, programIds: [f.programWithConsent] } });
  return ((json(r).referrals as { id: string }[])[0] as { id: string }).id;
}

export const ENDPOINTS: readonly Endpoint[] = [
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
    prepare: () => ({ method: 'GET', url: '/api/v1/programs?near=19901&levels=outpatient&radiusMiles=50' }),
  },
  // The search's old path: a permanent redirect to the one above, for anyone.
  {
    method: 'GET',
    route: '/api/v1/programs/search',
    allowed: EVERYONE,
    fixedStatus: 308,
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
  {
    method: 'GET',
    route: '/api/v1/account/sessions',
    allowed: SIGNED_IN,
    prepare: () => ({ method: 'GET', url: '/api/v1/account/sessions' }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/account/sessions',
    allowed: SIGNED_IN,
    prepare: () => ({ method: 'DELETE', url: '/api/v1/account/sessions' }),
  },
  // Enrolment is for a person at a browser: no caller with an API token may start or confirm one.
  {
    method: 'POST',
    route: '/api/v1/account/second-factor',
    allowed: [],
    prepare: () => ({ method: 'POST', url: '/api/v1/account/second-factor' }),
  },
  {
    method: 'POST',
    route: '/api/v1/account/second-factor/confirm',
    allowed: [],
    prepare: () => ({ method: 'POST', url: '/api/v1/account/second-factor/confirm', payload: { code: '123456' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/{id}/disable',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'POST', url: `/api/v1/users/${await freshUser(admin)}/disable` }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/{id}/enable',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'POST', url: `/api/v1/users/${await freshUser(admin)}/enable` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/users/{id}/role',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'PUT', url: `/api/v1/users/${await freshUser(admin)}/role`, payload: { role: 'clinician' } }),
  },
  {
    method: 'PUT',
    route: '/api/v1/users/{id}/password',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({
      method: 'PUT',
      url: `/api/v1/users/${await freshUser(admin)}/password`,
      payload: { password: 'another long passphrase' },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/users/{id}/sessions',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'GET', url: `/api/v1/users/${await freshUser(admin)}/sessions` }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/users/{id}/sessions',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'DELETE', url: `/api/v1/users/${await freshUser(admin)}/sessions` }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/users/{id}/second-factor',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'DELETE', url: `/api/v1/users/${await freshUser(admin)}/second-factor` }),
  },
  {
    method: 'GET',
    route: '/api/v1/settings/security',
    allowed: ['admin'],
    prepare: () => ({ method: 'GET', url: '/api/v1/settings/security' }),
  },
  {
    method: 'PUT',
    route: '/api/v1/settings/security',
    allowed: ['admin'],
    prepare: () => ({ method: 'PUT', url: '/api/v1/settings/security', payload: { secondFactorRequired: false } }),
  },
];

/** A token for each actor, the records every endpoint's request refers to, and the staff users' ids. */
export async function setUpActors(
  t: TestDatabase,
  s: TestApp,
): Promise<{ tokens: Map<Actor, string | undefined>; userIds: Map<Actor, string>; fixture: Fixture }> {
  const tokens = new Map<Actor, string | undefined>();
  const userIds = new Map<Actor, string>();
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
  const consent = await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, p1) });
  if (consent.statusCode !== 201) throw new Error(`consent: ${consent.body}`);
  const fixture: Fixture = {
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
  return { tokens, userIds, fixture };
}
