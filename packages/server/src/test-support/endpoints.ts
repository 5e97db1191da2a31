// Every route of the API with a valid request for it and who may call it: the authorization matrix
// walks it for every role, and the bad-input property test starts from each request and breaks it.
import type { AppDatabase } from '@carelevel/storage';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { devCase } from '@carelevel/engine/testing';
import { asToken, consentBody, PASSWORD, userWithToken, type TestApp, type TestDatabase } from './harness.js';

// Who may call what. Program staff "with consent" work for the program the person consented to;
// "without" work for another program. Every route in the OpenAPI document must appear here.
export const ACTORS = ['anonymous', 'admin', 'clinician', 'navigator', 'staff-with-consent', 'staff-without-consent'] as const;
export type Actor = (typeof ACTORS)[number];
export const EVERYONE: readonly Actor[] = ACTORS;
export const SIGNED_IN: readonly Actor[] = ACTORS.filter((a) => a !== 'anonymous');
export const CARE_TEAM: readonly Actor[] = ['admin', 'clinician', 'navigator'];
export const CARE_TEAM_AND_CONSENTED: readonly Actor[] = [...CARE_TEAM, 'staff-with-consent'];
export const ASSESSORS: readonly Actor[] = ['admin', 'clinician'];

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

/** One audit row as a call should leave it (the actor and address are checked apart). */
export interface ExpectedAudit {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly personId: string | null;
}

/** What an allowed call reads or writes: the rows it must append to the audit log, and no others. */
export type AuditExpectation = (call: {
  readonly f: Fixture;
  readonly req: InjectOptions;
  readonly res: LightMyRequestResponse;
  readonly database: AppDatabase;
}) => readonly ExpectedAudit[] | Promise<readonly ExpectedAudit[]>;

export interface Endpoint {
  readonly method: InjectOptions['method'];
  /** The route as the OpenAPI document names it. */
  readonly route: string;
  readonly allowed: readonly Actor[];
  /** Status every caller gets regardless of role (the setup route once an admin exists). */
  readonly fixedStatus?: number;
  /** A fresh request for one call (so writes never collide between actors). */
  prepare(f: Fixture, api: ReturnType<typeof asToken>): InjectOptions | Promise<InjectOptions>;
  /** For a route that touches a person's record: the audit rows an allowed call leaves. */
  readonly audit?: AuditExpectation;
  /** The row a caller whose role may try, but who may not reach the record, leaves (`denied`). */
  readonly denied?: AuditExpectation;
}

const body = (res: LightMyRequestResponse): Record<string, unknown> => res.json();
/** The id in a request's path after `/segment/` (`/api/v1/people/<id>/…`). */
const idAfter = (req: InjectOptions, segment: string): string => {
  const url = typeof req.url === 'string' ? req.url : '';
  return new RegExp(`/${segment}/([^/?]+)`).exec(url)?.[1] ?? '';
};
export const row = (action: string, entityType: string, entityId: string, personId: string | null): ExpectedAudit => ({
  action,
  entityType,
  entityId,
  personId,
});
const listed =
  (key: string, entityType: string): AuditExpectation =>
  ({ res }) =>
    (body(res)[key] as { id: string; personId?: string }[]).map((x) => row('list', entityType, x.id, x.personId ?? x.id));
export const planId = async (database: AppDatabase, personId: string): Promise<string> =>
  (await database.db.selectFrom('aftercare_plans').select('id').where('person_id', '=', personId).executeTakeFirstOrThrow()).id;
/** Program staff refused a part of the person's record their consent does not share. */
export const deniedPart =
  (part: string): AuditExpectation =>
  ({ f }) => [row('denied', part, f.personId, f.personId)];

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

/** Register a program's FHIR server (nothing listens there: the worker does not run in these tests). */
const putEndpoint = (programId: string): InjectOptions => ({
  method: 'PUT',
  url: `/api/v1/programs/${programId}/fhir-endpoint`,
  payload: { baseUrl: 'https://ehr.example.test/fhir/R4', auth: 'bearer', bearerToken: 'peer-token' },
});

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
  {
    method: 'GET',
    route: '/api/v1/people',
    allowed: CARE_TEAM,
    prepare: () => ({ method: 'GET', url: '/api/v1/people' }),
    audit: listed('people', 'person'),
  },
  {
    method: 'POST',
    route: '/api/v1/people/search',
    allowed: CARE_TEAM,
    prepare: () => ({ method: 'POST', url: '/api/v1/people/search', payload: { query: 'test' } }),
    audit: listed('people', 'person'),
  },
  {
    method: 'POST',
    route: '/api/v1/people',
    allowed: CARE_TEAM,
    prepare: () => ({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B' } }),
    audit: ({ res }) => [row('create', 'person', body(res).id as string, body(res).id as string)],
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}` }),
    audit: ({ f }) => [row('read', 'person', f.personId, f.personId)],
    denied: deniedPart('demographics'),
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
    audit: ({ req }) => [row('update', 'person', idAfter(req, 'people'), idAfter(req, 'people'))],
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments',
    allowed: ASSESSORS,
    prepare: (f) => ({ method: 'POST', url: `/api/v1/people/${f.personId}/assessments`, payload: { case: devCase() } }),
    audit: ({ f, res }) => [row('create', 'assessment', body(res).id as string, f.personId)],
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/assessments',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/assessments` }),
    audit: ({ f, res }) => (body(res).assessments as { id: string }[]).map((a) => row('list', 'assessment', a.id, f.personId)),
    denied: deniedPart('assessments'),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/assessments/{assessmentId}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/assessments/${f.assessmentId}` }),
    audit: ({ f, res }) => {
      const latest = body(res).latestDetermination as { id: string } | null;
      return [
        row('read', 'assessment', f.assessmentId, f.personId),
        ...(latest ? [row('read', 'determination', latest.id, f.personId)] : []),
      ];
    },
    denied: deniedPart('assessments'),
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments/{assessmentId}/sign',
    allowed: ASSESSORS,
    prepare: async (f, admin) => ({
      method: 'POST',
      url: `/api/v1/people/${f.personId}/assessments/${await freshAssessment(admin, f.personId)}/sign`,
    }),
    audit: ({ f, req }) => [row('sign', 'assessment', idAfter(req, 'assessments'), f.personId)],
  },
  {
    method: 'GET',
    route: '/smart/launch',
    allowed: EVERYONE,
    // The test app registers no health record: every launch is refused, before any record is contacted.
    fixedStatus: 400,
    prepare: () => ({ method: 'GET', url: '/smart/launch?iss=https%3A%2F%2Fehr.example%2Ffhir&launch=abc' }),
  },
  {
    method: 'GET',
    route: '/smart/callback',
    allowed: EVERYONE,
    fixedStatus: 400,
    prepare: () => ({ method: 'GET', url: '/smart/callback?code=abc&state=unknown' }),
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/health-record',
    allowed: ASSESSORS,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/health-record` }),
    // Not launched from a health record: nothing to offer, nothing read (smart-launch.int.test.ts covers a launched session).
    audit: () => [],
  },
  {
    method: 'POST',
    route: '/api/v1/people/{id}/assessments/{assessmentId}/health-record',
    allowed: ASSESSORS,
    prepare: (f) => ({ method: 'POST', url: `/api/v1/people/${f.personId}/assessments/${f.assessmentId}/health-record` }),
    // A session not launched from a health record (every caller here) has nothing to write back: nothing is read.
    audit: () => [],
  },
  {
    method: 'GET',
    route: '/api/v1/users/{id}/fhir-users',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({ method: 'GET', url: `/api/v1/users/${await freshUser(admin)}/fhir-users` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/users/{id}/fhir-users',
    allowed: ['admin'],
    prepare: async (_f, admin) => ({
      method: 'PUT',
      url: `/api/v1/users/${await freshUser(admin)}/fhir-users`,
      payload: { iss: 'https://ehr.example/fhir', fhirUser: 'Practitioner/7' },
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
    audit: ({ f, res }) => [row('create', 'determination', body(res).id as string, f.personId)],
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
    audit: ({ f }) => [row('read', 'assessment', f.assessmentId, f.personId), row('read', 'assessment', f.laterAssessmentId, f.personId)],
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
    audit: ({ f, res }) => [row('create', 'care-transition', (body(res).transition as { id: string }).id, f.personId)],
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/timeline',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/timeline` }),
    audit: ({ f }) => [row('read', 'timeline', f.personId, f.personId)],
    denied: deniedPart('timeline'),
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
    audit: ({ f, res }) => [row('create', 'episode', body(res).id as string, f.personId)],
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/aftercare-plan',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/aftercare-plan` }),
    audit: async ({ f, database }) => [row('read', 'aftercare-plan', await planId(database, f.personId), f.personId)],
    denied: deniedPart('aftercare'),
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
    audit: async ({ req, database }) => {
      const personId = idAfter(req, 'people');
      return [row('create', 'aftercare-plan', await planId(database, personId), personId)];
    },
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/aftercare-plan.pdf',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/aftercare-plan.pdf?copy=clinician&locale=es` }),
    audit: async ({ f, database }) => [row('read', 'aftercare-plan', await planId(database, f.personId), f.personId)],
    denied: deniedPart('aftercare'),
  },
  {
    method: 'POST',
    route: '/api/v1/consents',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'POST', url: '/api/v1/consents', payload: consentBody(f.personId, f.otherProgram) }),
    audit: ({ f, res }) => [row('create', 'consent', body(res).id as string, f.personId)],
  },
  {
    method: 'POST',
    route: '/api/v1/consents/{id}/revoke',
    allowed: CARE_TEAM,
    prepare: async (f, admin) => {
      const c = await admin({ method: 'POST', url: '/api/v1/consents', payload: consentBody(f.personId, f.otherProgram) });
      return { method: 'POST', url: `/api/v1/consents/${json(c).id as string}/revoke` };
    },
    // The consent is to a program no referral was sent to, so no referral ends with it.
    audit: ({ f, req }) => [row('revoke', 'consent', idAfter(req, 'consents'), f.personId)],
  },
  {
    method: 'GET',
    route: '/api/v1/people/{id}/consents',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/people/${f.personId}/consents` }),
    audit: ({ f, res }) => (body(res).consents as { id: string }[]).map((c) => row('list', 'consent', c.id, f.personId)),
  },
  {
    method: 'POST',
    route: '/api/v1/referrals',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'POST', url: '/api/v1/referrals', payload: { personId: f.personId, programIds: [f.programWithConsent] } }),
    audit: ({ f, res }) => (body(res).referrals as { id: string }[]).map((r) => row('create', 'referral', r.id, f.personId)),
  },
  {
    method: 'GET',
    route: '/api/v1/referrals',
    allowed: SIGNED_IN,
    prepare: () => ({ method: 'GET', url: '/api/v1/referrals' }),
    audit: listed('referrals', 'referral'),
  },
  {
    method: 'GET',
    route: '/api/v1/referrals/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/api/v1/referrals/${f.referralId}` }),
    audit: ({ f }) => [row('read', 'referral', f.referralId, f.personId)],
    // Program staff of another program: the referral is not theirs to see.
    denied: ({ f }) => [row('denied', 'referral', f.referralId, f.personId)],
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
    audit: ({ f, req }) => [row('transition', 'referral', idAfter(req, 'referrals'), f.personId)],
    // Program staff of another program are refused the referral (audited); the referring side may
    // read it but not acknowledge it, which is a move its role cannot make rather than a refusal of the record.
    denied: ({ f, req, res }) =>
      body(res).code === 'forbidden' && (body(res).errors as unknown[]).length > 0
        ? []
        : [row('denied', 'referral', idAfter(req, 'referrals'), f.personId)],
  },
  // A program's own FHIR system: an administrator registers it; the referring side tries a stopped delivery again.
  {
    method: 'GET',
    route: '/api/v1/programs/{id}/fhir-endpoint',
    allowed: ['admin'],
    prepare: async (f, admin) => {
      await admin(putEndpoint(f.otherProgram));
      return { method: 'GET', url: `/api/v1/programs/${f.otherProgram}/fhir-endpoint` };
    },
  },
  { method: 'PUT', route: '/api/v1/programs/{id}/fhir-endpoint', allowed: ['admin'], prepare: (f) => putEndpoint(f.otherProgram) },
  {
    method: 'DELETE',
    route: '/api/v1/programs/{id}/fhir-endpoint',
    allowed: ['admin'],
    prepare: async (f, admin) => {
      await admin(putEndpoint(f.otherProgram));
      return { method: 'DELETE', url: `/api/v1/programs/${f.otherProgram}/fhir-endpoint` };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/referrals/{id}/delivery/retry',
    allowed: CARE_TEAM,
    prepare: async (f, admin) => {
      await admin(putEndpoint(f.programWithConsent));
      return { method: 'POST', url: `/api/v1/referrals/${await freshReferral(admin, f)}/delivery/retry` };
    },
    audit: async ({ f, req, database }) => {
      const d = await database.db
        .selectFrom('fhir_deliveries')
        .select('id')
        .where('referral_id', '=', idAfter(req, 'referrals'))
        .executeTakeFirstOrThrow();
      return [row('update', 'fhir-delivery', d.id, f.personId)];
    },
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
  // Report a problem with a listing: anyone, nothing about the sender kept.
  {
    method: 'POST',
    route: '/api/v1/programs/{id}/reports',
    allowed: EVERYONE,
    prepare: (f) => ({ method: 'POST', url: `/api/v1/programs/${f.otherProgram}/reports`, payload: { problem: 'wrong-phone' } }),
  },
  {
    method: 'GET',
    route: '/api/v1/program-reports',
    allowed: ['admin'],
    prepare: () => ({ method: 'GET', url: '/api/v1/program-reports?status=open' }),
  },
  {
    method: 'GET',
    route: '/api/v1/reports/directory-health',
    allowed: ['admin'],
    prepare: () => ({ method: 'GET', url: '/api/v1/reports/directory-health' }),
  },
  {
    method: 'POST',
    route: '/api/v1/program-reports/{id}/resolve',
    allowed: ['admin'],
    prepare: async (f, api) => {
      const made = await api({
        method: 'POST',
        url: `/api/v1/programs/${f.otherProgram}/reports`,
        payload: { problem: 'other', note: 'test' },
      });
      return { method: 'POST', url: `/api/v1/program-reports/${String(body(made).id)}/resolve`, payload: { action: 'dismiss' } };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/programs/{id}/confirmation',
    allowed: ['admin', 'staff-with-consent'],
    prepare: (f) => ({ method: 'POST', url: `/api/v1/programs/${f.programWithConsent}/confirmation`, payload: {} }),
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
  userIds.set('admin', admin.id);
  for (const role of ['clinician', 'navigator'] as const) {
    const user = await userWithToken(t.database, role);
    tokens.set(role, user.token);
    userIds.set(role, user.id);
  }
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
  // A determination on the first assessment, so reading it reads the decision too.
  await api({
    method: 'POST',
    url: `/api/v1/people/${personId}/assessments/${fixture.assessmentId}/determination`,
    payload: { chosenLevel: 'outpatient', varianceReason: 'not-available-nearby' },
  });
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
