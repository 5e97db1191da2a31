import type { CapabilityStatement, OperationOutcome, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import { expectValidFhir } from '../test-support/fhir-validation.js';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { startSmartRecord, type SmartRecordServer } from '../test-support/smart-record.js';

const PUBLIC_URL = 'http://carelevel.test';
const AUDIENCE = `${PUBLIC_URL}/fhir/R4`;
const GAD7 = ['nervous', 'uncontrolled-worry', 'worry-too-much', 'trouble-relaxing', 'restless', 'irritable', 'afraid'];

describe.each(TEST_DIALECTS)('SMART access tokens at /fhir/R4 on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let record: SmartRecordServer;
  let untrusted: SmartRecordServer;
  let admin: ReturnType<typeof asToken>;
  let clinicianId: string;
  let personId: string;

  const withToken = (token: string, url: string, init: { method?: 'GET' | 'POST'; payload?: unknown } = {}) =>
    s.app.inject({
      method: init.method ?? 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, ...(init.payload ? { 'content-type': 'application/fhir+json' } : {}) },
      ...(init.payload ? { payload: JSON.stringify(init.payload) } : {}),
    });
  const issued = (
    scope: string,
    fhirUser = 'Practitioner/7',
    extra: { aud?: string; forged?: boolean; expired?: boolean; typ?: string } = {},
  ) => record.accessToken({ aud: AUDIENCE, fhirUser: `${record.iss}/${fhirUser}`, scope, ...extra });
  const problemOf = (body: string): string => JSON.stringify(JSON.parse(body) as OperationOutcome);

  beforeAll(async () => {
    record = await startSmartRecord();
    untrusted = await startSmartRecord();
    t = await openTestDatabase(dialect);
    s = await startTestApp(t, {
      smart: {
        publicUrl: PUBLIC_URL,
        records: [
          { iss: record.iss, clientId: record.clientId, fhirApiTokens: true },
          { iss: untrusted.iss, clientId: untrusted.clientId },
        ],
      },
    });
    admin = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    const clinician = await userWithToken(t.database, 'clinician');
    const program = await t.database.db.selectFrom('directory_programs').select('id').executeTakeFirstOrThrow();
    clinicianId = clinician.id;
    for (const [userId, fhirUser] of [
      [clinicianId, 'Practitioner/7'],
      [(await userWithToken(t.database, 'program-staff', [program.id])).id, 'Practitioner/8'],
    ] as const) {
      const linked = await admin({ method: 'PUT', url: `/api/v1/users/${userId}/fhir-users`, payload: { iss: record.iss, fhirUser } });
      expect(linked.statusCode, linked.body).toBe(200);
    }
    const asClinician = asToken(s.app, clinician.token);
    personId = (await asClinician({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Ana', familyName: 'Rivera' } })).json<{
      id: string;
    }>().id;
    const draft = await asClinician({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } });
    expect(draft.statusCode, draft.body).toBe(201);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
    await record.close();
    await untrusted.close();
  });

  it('reads a person as the linked account, audited as that account', async () => {
    const res = await withToken(await issued('openid fhirUser user/*.rs'), `/fhir/R4/Patient/${personId}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const patient = res.json<Patient>();
    expectValidFhir(patient);
    expect(patient.id).toBe(personId);
    const audit = (await admin({ url: `/api/v1/audit-events?personId=${personId}&actorId=${clinicianId}` })).json<{
      events: { action: string; entityType: string }[];
    }>().events;
    expect(audit[0]).toMatchObject({ action: 'read', entityType: 'person' });
  });

  it('lets the scopes narrow what the role may do, by resource type and interaction', async () => {
    const observationsOnly = await issued('user/Observation.rs');
    expect((await withToken(observationsOnly, `/fhir/R4/Observation?patient=${personId}`)).statusCode).toBe(200);
    const patientRead = await withToken(observationsOnly, `/fhir/R4/Patient/${personId}`);
    expect(patientRead.statusCode).toBe(403);
    expect(problemOf(patientRead.body)).toContain('user/Patient.r');
    const readOnly = await issued('user/*.read');
    const response = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://carelevel.org/fhir/Questionnaire/gad7',
      status: 'completed',
      subject: { reference: `Patient/${personId}` },
      item: GAD7.map((linkId) => ({ linkId, answer: [{ valueInteger: 1 }] })),
    };
    const refused = await withToken(readOnly, '/fhir/R4/QuestionnaireResponse', { method: 'POST', payload: response });
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused.body)).toContain('user/QuestionnaireResponse.c');
    const writer = await issued('user/QuestionnaireResponse.c');
    const created = await withToken(writer, '/fhir/R4/QuestionnaireResponse', { method: 'POST', payload: response });
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
  });

  it('gives patient-level and system-level scopes nothing here', async () => {
    for (const scope of ['patient/*.rs', 'system/*.rs', 'launch openid fhirUser']) {
      const res = await withToken(await issued(scope), `/fhir/R4/Patient/${personId}`);
      expect(`${scope} → ${String(res.statusCode)}`).toBe(`${scope} → 403`);
    }
  });

  it('still applies the role and consent rules of the linked account', async () => {
    // Program staff with no consent naming their program: the token's broad scope does not help.
    const res = await withToken(await issued('user/*.rs', 'Practitioner/8'), `/fhir/R4/Patient/${personId}`);
    expect(res.statusCode).toBe(403);
  });

  it('refuses a token that is forged, expired, for another audience, not an access token, or from an untrusted server', async () => {
    const tokens = {
      forged: await issued('user/*.rs', 'Practitioner/7', { forged: true }),
      expired: await issued('user/*.rs', 'Practitioner/7', { expired: true }),
      'other audience': await issued('user/*.rs', 'Practitioner/7', { aud: 'https://elsewhere.example/fhir' }),
      'an id token': await issued('user/*.rs', 'Practitioner/7', { typ: 'JWT' }),
      untrusted: await untrusted.accessToken({ aud: AUDIENCE, fhirUser: `${untrusted.iss}/Practitioner/7`, scope: 'user/*.rs' }),
    };
    for (const [what, token] of Object.entries(tokens)) {
      const res = await withToken(token, `/fhir/R4/Patient/${personId}`);
      expect(`${what} → ${String(res.statusCode)}`).toBe(`${what} → 401`);
      expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const outcome = res.json<OperationOutcome>();
      expect(outcome.issue[0]?.expression).toEqual(['headers.authorization']);
      expect(res.body).not.toContain(token);
    }
  });

  it('refuses a record user who is not linked, or whose account is disabled', async () => {
    const stranger = await withToken(await issued('user/*.rs', 'Practitioner/99'), `/fhir/R4/Patient/${personId}`);
    expect(stranger.statusCode).toBe(403);
    expect(problemOf(stranger.body)).toContain('not linked');
    const nobody = await withToken(await record.accessToken({ aud: AUDIENCE, scope: 'user/*.rs' }), `/fhir/R4/Patient/${personId}`);
    expect(nobody.statusCode).toBe(401);
    expect(problemOf(nobody.body)).toContain('fhirUser');
    const other = await userWithToken(t.database, 'clinician');
    await admin({ method: 'PUT', url: `/api/v1/users/${other.id}/fhir-users`, payload: { iss: record.iss, fhirUser: 'Practitioner/9' } });
    expect((await admin({ method: 'POST', url: `/api/v1/users/${other.id}/disable` })).statusCode).toBeLessThan(300);
    expect((await withToken(await issued('user/*.rs', 'Practitioner/9'), `/fhir/R4/Patient/${personId}`)).statusCode).toBe(403);
  });

  it('takes SMART access tokens at /fhir/R4 only, not at the rest of the API', async () => {
    const res = await withToken(await issued('user/*.rs'), `/api/v1/people/${personId}`);
    expect(res.statusCode).toBe(401);
  });

  it('says so in its CapabilityStatement and SMART configuration', async () => {
    const cs = (await s.app.inject({ url: '/fhir/R4/metadata' })).json<CapabilityStatement>();
    expectValidFhir(cs);
    const security = cs.rest?.[0]?.security;
    expect(security?.service?.flatMap((x) => x.coding?.map((c) => c.code))).toContain('SMART-on-FHIR');
    const uris = security?.extension?.[0]?.extension?.map((e) => [e.url, e.valueUri]);
    expect(uris).toEqual([
      ['authorize', expect.stringMatching(/\/auth\/authorize$/)],
      ['token', expect.stringMatching(/\/auth\/token$/)],
    ]);
    const config = await s.app.inject({ url: '/fhir/R4/.well-known/smart-configuration' });
    expect(config.statusCode).toBe(200);
    expect(config.json()).toMatchObject({ capabilities: expect.arrayContaining(['permission-user', 'permission-v2']) });
  });
});
