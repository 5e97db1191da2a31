import type { Observation, Patient } from '@medplum/fhirtypes';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { addRecordPatient } from '../test-support/record-patient.js';
import { startSmartRecord, type SmartRecordServer } from '../test-support/smart-record.js';

const PUBLIC_URL = 'http://carelevel.test';
const PHQ9 = [2, 2, 1, 2, 1, 1, 2, 1, 0];
const HTML = { accept: 'text/html' };

const cookieOf = (res: LightMyRequestResponse, name: string): string | undefined => res.cookies.find((c) => c.name === name)?.value;

describe.each(TEST_DIALECTS)('SMART EHR launch on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let record: SmartRecordServer;
  let admin: ReturnType<typeof asToken>;
  let clinicianId: string;
  let patient: Patient;

  beforeAll(async () => {
    record = await startSmartRecord();
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, {
      smart: { publicUrl: PUBLIC_URL, records: [{ iss: record.iss, clientId: record.clientId, writeBack: true }] },
    });
    admin = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    clinicianId = (await userWithToken(t.database, 'clinician')).id;
    const linked = await admin({
      method: 'PUT',
      url: `/api/v1/users/${clinicianId}/fhir-users`,
      payload: { iss: record.iss, fhirUser: `${record.iss}/Practitioner/7` },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toEqual({ links: [{ iss: record.iss, fhirUser: 'Practitioner/7' }] });
    patient = await addRecordPatient(record, {
      name: { given: 'Ana', family: 'Rivera' },
      birthDate: '1990-04-02',
      phq9: PHQ9,
      on: '2026-11-20',
      totals: { '70274-6': 11 },
      condition: { text: 'Depressive disorder', snomed: '35489007' },
    });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
    await record.close();
  });

  /** The browser's part: the launch URL, the record's authorize endpoint (auto-approved), back to the callback. */
  async function launchTo(fhirUser: string, tamperVerifier = false): Promise<LightMyRequestResponse> {
    const launch = record.launch({ patient: patient.id ?? '', fhirUser });
    const started = await s.app.inject({ url: `/smart/launch?iss=${encodeURIComponent(record.iss)}&launch=${launch}`, headers: HTML });
    expect(started.statusCode, started.body).toBe(302);
    const authorize = new URL(String(started.headers.location));
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe('launch openid fhirUser patient/*.rs patient/Observation.c');
    if (tamperVerifier)
      await t.database.db
        .updateTable('smart_launches')
        .set({ code_verifier: 'x'.repeat(64) })
        .execute();
    const approved = await fetch(authorize, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const back = new URL(approved.headers.get('location') ?? '');
    expect(back.origin + back.pathname).toBe(`${PUBLIC_URL}/smart/callback`);
    return s.app.inject({
      url: `/smart/callback${back.search}`,
      headers: { ...HTML, cookie: `carelevel_smart_launch=${cookieOf(started, 'carelevel_smart_launch') ?? ''}` },
    });
  }

  it('signs the linked clinician in, opens the person, offers the record’s answers, and writes the signed assessment back', async () => {
    const done = await launchTo('Practitioner/7');
    expect(done.statusCode, done.body).toBe(302);
    const location = String(done.headers.location);
    const personId = /^\/staff#\/people\/([0-9a-f-]{36})\/assessments\/new$/.exec(location)?.[1];
    expect(personId, location).toBeDefined();
    const session = cookieOf(done, 'carelevel_session') ?? '';
    const csrf = cookieOf(done, 'carelevel_csrf') ?? '';
    const as = (opts: { method?: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object }) =>
      s.app.inject({ ...opts, headers: { cookie: `carelevel_session=${session}`, 'x-csrf-token': csrf } });
    expect((await as({ url: '/api/v1/session' })).json()).toMatchObject({ user: { id: clinicianId }, via: 'session' });
    expect((await as({ url: `/api/v1/people/${personId}` })).json()).toMatchObject({
      givenName: 'Ana',
      familyName: 'Rivera',
      birthDate: '1990-04-02',
    });
    // The access token never reaches the browser: not in the redirect, not in a cookie.
    expect(JSON.stringify(done.headers)).not.toMatch(/access_token|id_token/);

    const prefill = (await as({ url: `/api/v1/people/${personId}/health-record` })).json();
    expect(prefill).toEqual({
      launched: true,
      instruments: [{ key: 'phq9', answers: PHQ9, date: '2026-11-20' }],
      totals: [{ key: 'gad7', total: 11, date: '2026-11-20' }],
      conditions: [{ text: 'Depressive disorder', code: '35489007', onset: null }],
    });

    const created = await as({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } });
    const assessmentId = created.json<{ id: string }>().id;
    const early = await as({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/health-record` });
    expect(early.json()).toEqual({ outcome: 'not-signed', written: 0 });
    expect((await as({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/sign` })).statusCode).toBe(200);
    const written = await as({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/health-record` });
    expect(written.json()).toMatchObject({ outcome: 'written' });
    const inRecord = await record.search<Observation>('Observation', { subject: `Patient/${patient.id ?? ''}` });
    const level = inRecord.find((o) => o.code.coding?.some((c) => c.code === 'level-of-care'));
    expect(level?.status).toBe('preliminary');
    expect(inRecord.length).toBe(1 + written.json<{ written: number }>().written);

    // The sign-in is audited as one via SMART launch; a second launch on the patient opens the same person.
    const disclosed = await t.database.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'record-write-back').execute();
    expect(disclosed).toMatchObject([{ action: 'create', entity_id: assessmentId, person_id: personId, actor_id: clinicianId }]);
    const logins = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'login').execute();
    expect(logins.map((l) => l.entity_type)).toContain('smart-launch');
    const again = await launchTo('Practitioner/7');
    expect(String(again.headers.location)).toBe(location);
    expect(s.logs.join('\n')).not.toMatch(/Rivera|access_token|Bearer /);
    // Signing out forgets the record's token with the session.
    const kept = async () => (await t.database.db.selectFrom('smart_session_tokens').select('session_hash').execute()).length;
    const before = await kept();
    expect((await as({ method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
    expect(await kept()).toBe(before - 1);
  });

  it('refuses a record that is not registered, before contacting it', async () => {
    const res = await s.app.inject({ url: '/smart/launch?iss=https%3A%2F%2Fevil.example%2Ffhir&launch=x', headers: HTML });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('not registered with carelevel (iss)');
    expect(res.headers.location).toBeUndefined();
    const api = await s.app.inject({ url: '/smart/launch?iss=https%3A%2F%2Fevil.example%2Ffhir&launch=x' });
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses an unknown or replayed state', async () => {
    const res = await s.app.inject({ url: '/smart/callback?code=abc&state=made-up', headers: HTML });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('(state)');
    const done = await launchTo('Practitioner/7');
    expect(done.statusCode).toBe(302);
  });

  it('refuses an id_token for another audience or with another nonce', async () => {
    record.tamper.aud = 'someone-else';
    const wrongAud = await launchTo('Practitioner/7');
    delete record.tamper.aud;
    expect(wrongAud.statusCode).toBe(400);
    expect(wrongAud.body).toContain('could not be accepted');
    expect(wrongAud.cookies.find((c) => c.name === 'carelevel_session')).toBeUndefined();
    record.tamper.nonce = 'another-nonce';
    const wrongNonce = await launchTo('Practitioner/7');
    delete record.tamper.nonce;
    expect(wrongNonce.statusCode).toBe(400);
    expect(wrongNonce.cookies.find((c) => c.name === 'carelevel_session')).toBeUndefined();
  });

  it('sends the PKCE verifier the record checks: a wrong one gets no token', async () => {
    const before = record.tokenRequests.length;
    const res = await launchTo('Practitioner/7', true);
    expect(record.tokenRequests.slice(before)).toEqual([{ pkce: 'wrong' }]);
    expect(res.statusCode).toBe(400);
    expect(res.cookies.find((c) => c.name === 'carelevel_session')).toBeUndefined();
  });

  it('gives a record user with no carelevel account a clear page, and no session', async () => {
    const res = await launchTo('Practitioner/999');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('not linked to a carelevel account');
    expect(res.body).not.toMatch(/at \w+ \(|Error:|ey[A-Za-z0-9_-]{20,}/);
    expect(res.cookies.find((c) => c.name === 'carelevel_session')).toBeUndefined();
  });

  /** A launch as the linked clinician, and an assessment of the person saved and signed in that session. */
  async function signedInLaunch(): Promise<{ personId: string; id: string; headers: Record<string, string> }> {
    const done = await launchTo('Practitioner/7');
    const personId = /people\/([0-9a-f-]{36})/.exec(String(done.headers.location))?.[1] ?? '';
    const headers = {
      cookie: `carelevel_session=${cookieOf(done, 'carelevel_session') ?? ''}`,
      'x-csrf-token': cookieOf(done, 'carelevel_csrf') ?? '',
    };
    const url = `/api/v1/people/${personId}/assessments`;
    const created = await s.app.inject({ method: 'POST', url, headers, payload: { case: devCase() } });
    const id = created.json<{ id: string }>().id;
    await s.app.inject({ method: 'POST', url: `${url}/${id}/sign`, headers });
    return { personId, id, headers };
  }

  it('says when the record refuses the write-back, keeps the signature, and logs nothing about the person', async () => {
    const { personId, id, headers } = await signedInLaunch();
    record.tamper.refuseWrites = true;
    const res = await s.app.inject({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${id}/health-record`, headers });
    delete record.tamper.refuseWrites;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'failed', written: 0 });
    const signed = await s.app.inject({ url: `/api/v1/people/${personId}/assessments/${id}`, headers });
    expect(signed.json<{ signedAt: string | null }>().signedAt).not.toBeNull();
    expect(s.logs.some((l) => l.includes('writing back to the health record failed'))).toBe(true);
    expect(s.logs.join('\n')).not.toMatch(/Rivera|\bAna\b|1990-04-02|Bearer /);
  });

  it('does not write back without the scope to create Observations', async () => {
    record.tamper.scope = 'launch openid fhirUser patient/*.rs';
    const { personId, id, headers } = await signedInLaunch();
    delete record.tamper.scope;
    const res = await s.app.inject({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${id}/health-record`, headers });
    expect(res.json()).toEqual({ outcome: 'not-allowed', written: 0 });
  });
});
