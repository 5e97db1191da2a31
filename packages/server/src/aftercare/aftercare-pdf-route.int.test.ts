import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorPaths,
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { pdfText } from '../test-support/pdf-text.js';

const plan = (programId: string) => ({
  format: 'carelevel-aftercare/1',
  components: [
    { kind: 'support-groups', reason: 'mutual-help', frequency: 'twice a week', programId },
    { kind: 'individual-therapy', reason: 'continue-therapy' },
  ],
  relapsePrevention: {
    triggers: ['Payday weekends'],
    copingSteps: ['Call my sponsor before going out'],
    peopleToCall: [{ name: 'Sam', relationship: 'sponsor', phone: '555-0100' }],
  },
  crisisPlan: { steps: ['Go to my sister’s house'], contacts: [{ name: 'Ana', phone: '555-0111' }] },
  followUpDays: 7,
  language: 'es',
});

describe.each(TEST_DIALECTS)('the aftercare plan as a PDF on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;
  let program: { id: string; name: string };

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    program = await t.database.db.selectFrom('directory_programs').select(['id', 'name']).limit(1).executeTakeFirstOrThrow();
    personId = (await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Rosalind', familyName: 'Quimby' } })).json<{
      id: string;
    }>().id;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const pdf = (query: string) => api({ method: 'GET', url: `/api/v1/people/${personId}/aftercare-plan.pdf${query}` });

  it('answers 404 as a problem when the person has no plan', async () => {
    const res = await pdf('');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("renders the person copy in the plan's language: crisis help first, then the plan, the services and their phone numbers", async () => {
    expect(
      (await api({ method: 'PUT', url: `/api/v1/people/${personId}/aftercare-plan`, payload: { plan: plan(program.id) } })).statusCode,
    ).toBe(201);
    const res = await pdf('');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe('attachment; filename="aftercare-plan-person-copy-es.pdf"');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const text = pdfText(bytes);
    const order = ['Si estoy en crisis', '988', '911', 'Mi plan para una crisis', 'Mi plan para seguir adelante', 'Mi atención después'];
    const at = order.map((h) => text.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      text,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(program.name);
    expect(text).toContain('Payday weekends');
    expect(text).not.toContain('support-groups');
  });

  it('renders English on request, and the clinician copy without internal codes, ids or format names', async () => {
    const en = pdfText((await pdf('?locale=en')).rawPayload);
    for (const h of ['If I am in crisis', 'My crisis plan', 'My plan to stay on track', 'My care after treatment', 'Next check-in'])
      expect(en).toContain(h);
    const res = await pdf('?copy=clinician&locale=en');
    expect(res.headers['content-disposition']).toBe('attachment; filename="aftercare-plan-clinician-copy-en.pdf"');
    const clinician = pdfText(res.rawPayload);
    expect(clinician).toContain('clinician copy');
    expect(clinician).toContain('For the care team');
    // The care team's copy speaks about the person, not as them.
    for (const h of ['If the person is in crisis', 'The person’s crisis plan', 'Care after treatment']) expect(clinician).toContain(h);
    for (const firstPerson of ['If I am in crisis', 'My crisis plan', 'My care after treatment'])
      expect(clinician).not.toContain(firstPerson);
    expect(clinician).toContain(program.name);
    for (const internal of ['support-groups', 'code:', program.id, 'carelevel-aftercare', 'mutual-help'])
      expect(clinician).not.toContain(internal);
  });

  it('puts the levels on the clinician copy only for readers who may see the timeline and assessments', async () => {
    await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/episodes`,
      payload: { level: 'intensive-outpatient', startedOn: '2026-02-01' },
    });
    const team = pdfText((await pdf('?copy=clinician&locale=en')).rawPayload);
    expect(team).toContain('Current level of care: Intensive outpatient');
    expect(team).toContain('ASAM-style 2.1');
    await api({ method: 'POST', url: '/api/v1/consents', payload: { ...consentBody(personId, program.id), shares: ['aftercare'] } });
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [program.id])).token);
    const res = await staff({ method: 'GET', url: `/api/v1/people/${personId}/aftercare-plan.pdf?copy=clinician&locale=en` });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain(program.name);
    expect(text).not.toContain('Current level of care');
    // The consent shares the plan, not who the person is: no name either.
    expect(text).not.toMatch(/Rosalind|Quimby/);
  });

  it("prints the person's name for readers who may see it, never in the file name or metadata, and audits each copy as a read", async () => {
    const res = await pdf('?copy=clinician&locale=en');
    expect(res.headers['content-disposition']).not.toMatch(/Rosalind|Quimby/);
    expect(pdfText(res.rawPayload)).toContain('Person: Rosalind Quimby');
    // Served pages are compressed, so the raw bytes show only the metadata (the title viewers put in
    // window bars and file lists): no name there.
    expect(res.rawPayload.toString('latin1')).not.toMatch(/Rosalind|Quimby/);
    expect(pdfText((await pdf('?locale=en')).rawPayload)).toContain('This plan belongs to Rosalind Quimby.');
    const reads = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('person_id', '=', personId)
      .where('entity_type', '=', 'aftercare-plan')
      .where('action', '=', 'read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(4);
  });

  it('names the query field at fault', async () => {
    const res = await pdf('?copy=family');
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)[0]).toBe('query.copy');
  });
});
