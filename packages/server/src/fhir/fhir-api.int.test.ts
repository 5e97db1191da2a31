import type {
  Bundle,
  CapabilityStatement,
  CarePlan,
  HealthcareService,
  Location,
  Organization,
  Consent,
  Observation,
  OperationOutcome,
  Patient,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import { ACTORS, setUpActors, type Actor, type Fixture } from '../test-support/endpoints.js';
import { FHIR_ENDPOINTS } from '../test-support/fhir-endpoints.js';
import {
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { expectValidFhir, usCoreCoverage } from '../test-support/fhir-validation.js';
import { programFhirId, programIdOf } from './program-ids.js';

const PHQ9 = [2, 2, 1, 2, 1, 1, 2, 1, 0];
const GAD7_ITEMS = ['nervous', 'uncontrolled-worry', 'worry-too-much', 'trouble-relaxing', 'restless', 'irritable', 'afraid'];

describe.each(TEST_DIALECTS)('the FHIR R4 API on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;
  let assessmentId: string;
  let tokens: Map<Actor, string | undefined>;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
    personId = (
      await api({
        method: 'POST',
        url: '/api/v1/people',
        payload: { givenName: 'Mara', familyName: 'Quill', birthDate: '1981-04-02', preferredLanguage: 'es' },
      })
    ).json<{ id: string }>().id;
    const c = {
      ...devCase('08-cooccurring-depression-needs-daily-structure'),
      instruments: { ...(devCase('08-cooccurring-depression-needs-daily-structure').instruments as object), phq9: PHQ9 },
    };
    const res = await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: c } });
    expect(res.statusCode, res.body).toBe(201);
    assessmentId = res.json<{ id: string }>().id;
    ({ tokens, fixture } = await setUpActors(t, s));
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const get = async <T extends Resource>(url: string, expectStatus = 200): Promise<T> => {
    const res = await api({ method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(expectStatus);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const body = res.json<T>();
    expectValidFhir(body);
    return body;
  };

  it('describes itself in a valid CapabilityStatement, without signing in', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
    expect(res.statusCode).toBe(200);
    const cs = res.json<{ resourceType: string; fhirVersion: string; rest: { resource: { type: string }[] }[] }>();
    expectValidFhir(cs as Resource);
    expect(cs.fhirVersion).toBe('4.0.1');
    expect(cs.rest[0]?.resource.map((r) => r.type)).toEqual([
      'Patient',
      'Questionnaire',
      'QuestionnaireResponse',
      'Observation',
      'ServiceRequest',
      'Task',
      'CarePlan',
      'Consent',
      'Organization',
      'Location',
      'HealthcareService',
    ]);
  });

  it('reads a person as a Patient, by id and by carelevel identifier, and finds no one by another system', async () => {
    const p = await get<Patient>(`/fhir/R4/Patient/${personId}`);
    expect(p).toMatchObject({ id: personId, name: [{ family: 'Quill', given: ['Mara'] }], birthDate: '1981-04-02', gender: 'unknown' });
    expect(p.communication?.[0]?.language.coding?.[0]?.code).toBe('es');
    const found = await get<Bundle>(`/fhir/R4/Patient?identifier=https://carelevel.org/fhir/sid/person-id|${personId}`);
    expect(found.total).toBe(1);
    expect(found.entry?.[0]?.fullUrl).toMatch(new RegExp(`/fhir/R4/Patient/${personId}$`));
    expect((await get<Bundle>(`/fhir/R4/Patient?identifier=http://hospital.example/mrn|${personId}`)).total).toBe(0);
  });

  it('gives each instrument total as an Observation with its LOINC code, derived from the answers, and the level of care', async () => {
    const b = await get<Bundle<Observation>>(`/fhir/R4/Observation?patient=Patient/${personId}`);
    const phq9 = b.entry?.map((e) => e.resource).find((o) => o?.code.coding?.[0]?.code === '44261-6');
    expect(phq9).toMatchObject({ status: 'preliminary', valueInteger: 12, subject: { reference: `Patient/${personId}` } });
    expect(phq9?.derivedFrom?.[0]?.reference).toBe(`QuestionnaireResponse/${assessmentId}.phq9`);
    const level = b.entry?.map((e) => e.resource).find((o) => o?.code.coding?.[0]?.code === 'level-of-care');
    expect(level?.status).toBe('preliminary');
    const indicated = level?.valueCodeableConcept?.coding?.[0]?.code;
    expect(indicated).toBeTruthy();
    // A clinician's determination makes the level final, and the chosen level is the value.
    const d = await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/assessments/${assessmentId}/determination`,
      payload: { chosenLevel: 'outpatient', varianceReason: 'person-declined-indicated' },
    });
    expect(d.statusCode, d.body).toBe(201);
    const after = await get<Observation>(`/fhir/R4/Observation/${assessmentId}.level`);
    expect(after.status).toBe('final');
    expect(after.valueCodeableConcept?.coding?.[0]?.code).toBe('outpatient');
    expect(after.component?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe(indicated);
  });

  it('searches Observations by code and date', async () => {
    const byCode = await get<Bundle>(`/fhir/R4/Observation?patient=${personId}&code=http://loinc.org|44261-6`);
    expect(byCode.total).toBe(1);
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${personId}&code=http://loinc.org|0000-0`)).total).toBe(0);
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${personId}&date=ge2020-01-01&date=le2999-12-31`)).total).toBeGreaterThan(1);
    expect((await get<Bundle>(`/fhir/R4/Observation?patient=${personId}&date=lt2020-01-01`)).total).toBe(0);
  });

  it('pages a search with links that carry the search', async () => {
    const first = await get<Bundle>(`/fhir/R4/Observation?patient=${personId}&_count=1`);
    expect(first.entry).toHaveLength(1);
    const next = first.link?.find((l) => l.relation === 'next')?.url ?? '';
    expect(next).toContain('_offset=1');
    expect(next).toContain(`patient=${personId}`);
    const second = await get<Bundle>(new URL(next).pathname + new URL(next).search);
    expect(second.entry?.[0]?.resource?.id).not.toBe(first.entry?.[0]?.resource?.id);
    expect(second.link?.some((l) => l.relation === 'previous')).toBe(true);
  });

  it('gives the instrument answers as QuestionnaireResponses, with the computed total', async () => {
    const b = await get<Bundle<QuestionnaireResponse>>(`/fhir/R4/QuestionnaireResponse?patient=${personId}`);
    const ids = b.entry?.map((e) => e.resource?.id) ?? [];
    expect(ids).toContain(`${assessmentId}.phq9`);
    const qr = await get<QuestionnaireResponse>(`/fhir/R4/QuestionnaireResponse/${assessmentId}.phq9`);
    expect(qr.questionnaire).toBe('https://carelevel.org/fhir/Questionnaire/phq9');
    expect(qr.item?.map((i) => i.answer?.[0]?.valueInteger)).toEqual([...PHQ9, 12]);
  });

  it('gives a referral as a ServiceRequest and a Task that follows its state, and the consent behind it with Part 2 labels', async () => {
    const programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    expect((await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) })).statusCode).toBe(201);
    const sent = await api({
      method: 'POST',
      url: '/api/v1/referrals',
      payload: { personId, programIds: [programId], urgency: 'urgent', note: 'Wants to start before the holidays' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const referralId = sent.json<{ referrals: { id: string }[] }>().referrals[0]?.id ?? '';
    const order = await get<ServiceRequest>(`/fhir/R4/ServiceRequest/${referralId}`);
    expect(order).toMatchObject({
      status: 'active',
      intent: 'order',
      priority: 'asap',
      note: [{ text: 'Wants to start before the holidays' }],
      subject: { reference: `Patient/${personId}` },
    });
    expect(order.performer?.[0]?.identifier).toEqual({ system: 'https://carelevel.org/fhir/sid/program-id', value: programId });
    expect(order.meta?.security?.map((c) => c.code)).toEqual(['42CFRPart2', 'R', 'NORDSCLCD']);
    const task = await get<Task>(`/fhir/R4/Task/${referralId}`);
    expect(task).toMatchObject({
      status: 'requested',
      focus: { reference: `ServiceRequest/${referralId}` },
      businessStatus: { text: 'requested' },
    });
    // The program moves it (an administrator may act for it): the Task says so, and a search by owner and status finds it.
    const admin = asToken(s.app, tokens.get('admin'));
    await admin({
      method: 'PATCH',
      url: `/api/v1/referrals/${referralId}`,
      headers: { 'if-match': '"1"' },
      payload: { status: 'received' },
    });
    const declined = await admin({
      method: 'PATCH',
      url: `/api/v1/referrals/${referralId}`,
      headers: { 'if-match': '"2"' },
      payload: { status: 'declined', reason: 'No beds until spring' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const rejected = await get<Task>(`/fhir/R4/Task/${referralId}`);
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: { text: 'No beds until spring' } });
    expect((await get<ServiceRequest>(`/fhir/R4/ServiceRequest/${referralId}`)).status).toBe('revoked');
    const byOwner = await get<Bundle<Task>>(`/fhir/R4/Task?owner=https://carelevel.org/fhir/sid/program-id|${programId}&status=rejected`);
    expect(byOwner.entry?.map((e) => e.resource?.id)).toContain(referralId);
    expect((await get<Bundle>(`/fhir/R4/Task?focus=ServiceRequest/${referralId}&status=requested`)).total).toBe(0);
    expect((await get<OperationOutcome>('/fhir/R4/Task', 400)).issue[0]?.diagnostics).toContain('needs patient, focus or owner');
    const consents = await get<Bundle<Consent>>(`/fhir/R4/Consent?patient=${personId}`);
    const consent = consents.entry?.[0]?.resource;
    expect(consent).toMatchObject({ status: 'active', provision: { type: 'permit' } });
    expect(consent?.provision?.actor?.[0]?.reference?.identifier?.value).toBe(programId);
    expect(consent?.provision?.class?.map((c) => c.code)).toEqual(expect.arrayContaining(['Patient', 'Observation', 'CarePlan']));
    expect(order.supportingInfo?.[0]?.reference).toBe(`Consent/${consent?.id ?? ''}`);
  });

  it('gives the aftercare plan as a CarePlan with its services, the program chosen, and the crisis plan', async () => {
    expect((await get<Bundle>(`/fhir/R4/CarePlan?patient=${personId}`)).total).toBe(0);
    const programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const plan = {
      format: 'carelevel-aftercare/1',
      components: [
        { kind: 'support-groups', frequency: 'twice a week', programId, programName: 'Harbor House' },
        { kind: 'individual-therapy' },
      ],
      relapsePrevention: {
        triggers: ['Payday <weekends>'],
        copingSteps: ['Call my sponsor'],
        peopleToCall: [{ name: 'Sam', phone: '555-0100' }],
      },
      crisisPlan: { steps: ['Go to my sister'], contacts: [] },
      followUpDays: 7,
      language: 'es',
    };
    expect((await api({ method: 'PUT', url: `/api/v1/people/${personId}/aftercare-plan`, payload: { plan } })).statusCode).toBe(201);
    const found = await get<Bundle<CarePlan>>(`/fhir/R4/CarePlan?patient=Patient/${personId}`);
    const cp = await get<CarePlan>(`/fhir/R4/CarePlan/${personId}.aftercare`);
    expect(found.entry?.[0]?.resource?.id).toBe(cp.id);
    expect(cp).toMatchObject({ status: 'active', intent: 'plan', language: 'es', subject: { reference: `Patient/${personId}` } });
    expect(cp.activity?.map((a) => a.detail?.code?.coding?.[0]?.code)).toEqual(['support-groups', 'individual-therapy']);
    expect(cp.activity?.[0]?.detail?.performer?.[0]).toMatchObject({ identifier: { value: programId }, display: 'Harbor House' });
    expect(cp.note?.map((n) => n.text).join('\n')).toContain('988');
    expect(cp.text?.div).toContain('Payday &lt;weekends&gt;');
    await get<OperationOutcome>(`/fhir/R4/CarePlan/${personId}.other`, 404);
  });

  it('offers the directory as HealthcareService, Location and Organization, found near a point, without signing in', async () => {
    const hits = (await s.app.inject({ method: 'GET', url: '/api/v1/programs?near=19901&radiusMiles=50&levels=outpatient' })).json<{
      results: { id: string; name: string }[];
    }>().results;
    expect(hits.length).toBeGreaterThan(0);
    const first = hits[0];
    const fhirId = programFhirId(first?.id ?? '') ?? '';
    expect(programIdOf(fhirId)).toBe(first?.id);
    const anon = async <T extends Resource>(url: string, status = 200): Promise<T> => {
      const res = await s.app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
      const body = res.json<T>();
      expectValidFhir(body);
      return body;
    };
    const service = await anon<HealthcareService>(`/fhir/R4/HealthcareService/${fhirId}`);
    expect(service.type?.map((t) => t.coding?.[0]?.code)).toContain('outpatient');
    expect(service.providedBy?.reference).toBe(`Organization/${fhirId}`);
    const location = await anon<Location>(`/fhir/R4/Location/${fhirId}`);
    expect(location.position?.latitude).toBeTypeOf('number');
    expect((await anon<Organization>(`/fhir/R4/Organization/${fhirId}`)).name).toContain(first?.name ?? '');
    const near = await anon<Bundle<HealthcareService>>(
      '/fhir/R4/HealthcareService?location.near=39.16|-75.52|50|mi&service-type=https://carelevel.org/fhir/CodeSystem/level-of-care|outpatient',
    );
    expect(near.entry?.map((e) => e.resource?.id)).toContain(fhirId);
    expect(near.total).toBeGreaterThanOrEqual(near.entry?.length ?? 0);
    // 80 km is about 50 miles: the same programs.
    expect((await anon<Bundle>('/fhir/R4/Location?near=39.16|-75.52|80.47|km')).total).toBe(
      (await anon<Bundle>('/fhir/R4/Location?near=39.16|-75.52|50|mi')).total,
    );
    const bad = await anon<OperationOutcome>('/fhir/R4/Location?near=north|pole', 400);
    expect(bad.issue[0]?.expression).toEqual(['query.near']);
    await anon<OperationOutcome>('/fhir/R4/Organization/no-such-program', 404);
  });

  it('offers no SMART discovery and takes no JWT as a credential when no record is trusted for access tokens', async () => {
    const discovery = await s.app.inject({ method: 'GET', url: '/fhir/R4/.well-known/smart-configuration' });
    expect(discovery.statusCode).toBe(404);
    const cs = (await s.app.inject({ method: 'GET', url: '/fhir/R4/metadata' })).json<CapabilityStatement>();
    expect(cs.rest?.[0]?.security?.service?.flatMap((x) => x.coding?.map((c) => c.code))).toEqual(['Basic']);
    const jwtShaped = await s.app.inject({
      method: 'GET',
      url: `/fhir/R4/Patient/${personId}`,
      headers: { authorization: 'Bearer aaa.bbb.ccc' },
    });
    expect(jwtShaped.statusCode).toBe(401);
  });

  it('lists in its CapabilityStatement exactly the resources and interactions it routes', async () => {
    const cs = (await s.app.inject({ method: 'GET', url: '/fhir/R4/metadata' })).json<CapabilityStatement>();
    const listed = (cs.rest?.[0]?.resource ?? []).flatMap((r) => (r.interaction ?? []).map((i) => `${i.code} ${r.type}`)).sort();
    const routed = [...s.app.accessTable.keys()]
      .filter(
        (k) =>
          k.includes(' /fhir/R4/') &&
          k !== 'GET /fhir/R4/metadata' &&
          k !== 'GET /fhir/R4/.well-known/smart-configuration' &&
          !k.includes('/subscription-notification/'),
      )
      .map((k) => {
        const [method, path] = k.split(' ');
        const [type, id] = (path ?? '').slice('/fhir/R4/'.length).split('/');
        return `${method === 'POST' ? 'create' : id ? 'read' : 'search-type'} ${type ?? ''}`;
      })
      .sort();
    expect(listed).toEqual(routed);
    // The one route that is no resource: a program's system notifying carelevel, described in words.
    expect(cs.rest?.[0]?.documentation).toContain('POST subscription-notification/{programId}');
    expect(cs.rest?.find((r) => r.mode === 'client')?.interaction).toEqual([{ code: 'transaction' }]);
  });

  it('takes a QuestionnaireResponse from a record into the newest unsigned assessment, as a new revision the engine decides again', async () => {
    const gad7 = [3, 3, 2, 3, 2, 2, 3];
    const response = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://carelevel.org/fhir/Questionnaire/gad7',
      status: 'completed',
      subject: { reference: `Patient/${personId}` },
      item: gad7.map((v, i) => ({ linkId: GAD7_ITEMS[i] ?? '', answer: [{ valueInteger: v }] })),
    };
    const sent = await api({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(response),
    });
    expect(sent.statusCode, sent.body.slice(0, 400)).toBe(201);
    const created = sent.json<QuestionnaireResponse>();
    expectValidFhir(created);
    expect(created.item?.at(-1)?.answer?.[0]?.valueInteger).toBe(18);
    expect(sent.headers.location).toMatch(new RegExp(`/fhir/R4/QuestionnaireResponse/${created.id ?? ''}$`));
    const newId = (created.id ?? '').split('.')[0] ?? '';
    const stored = (await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${newId}` })).json<{
      supersedes: string | null;
      case: { instruments: Record<string, number[]> };
      recommendation: { scores: Record<string, { total: number }> };
    }>();
    expect(stored.supersedes).toBe(assessmentId);
    expect(stored.case.instruments.gad7).toEqual(gad7);
    expect(stored.case.instruments.phq9).toEqual(PHQ9);
    expect(stored.recommendation.scores.gad7?.total).toBe(18);
    // Each item at fault, named by its place in the body; nothing stored.
    const bad = await api({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify({ ...response, item: [{ linkId: 'nervous', answer: [{ valueInteger: 9 }] }, { linkId: 'nonsense' }] }),
    });
    expect(bad.statusCode).toBe(400);
    const issues = bad.json<OperationOutcome>().issue.map((i) => i.expression?.[0]);
    expect(issues).toEqual(expect.arrayContaining(['body.item[0].answer[0].valueInteger', 'body.item[1].linkId', 'body.item']));
    const other = await api({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      payload: { ...response, questionnaire: 'http://example.org/Questionnaire/x' },
    });
    expect(other.json<OperationOutcome>().issue[0]?.expression).toEqual(['body.questionnaire']);
  });

  it('answers every error as an OperationOutcome naming the field, never a problem document', async () => {
    const bad = await get<OperationOutcome>('/fhir/R4/Observation?patient=Patient/not-an-id', 400);
    expect(bad.issue[0]).toMatchObject({ severity: 'error', code: 'invalid', expression: ['query.patient'] });
    const missing = await get<OperationOutcome>(`/fhir/R4/Observation/${assessmentId}.nothing`, 404);
    expect(missing.issue[0]?.code).toBe('not-found');
    expect((await get<OperationOutcome>('/fhir/R4/Patient/12345', 404)).issue[0]?.code).toBe('not-found');
    const anonymous = await s.app.inject({ method: 'GET', url: `/fhir/R4/Patient/${personId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<OperationOutcome>().issue[0]?.code).toBe('login');
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  for (const e of FHIR_ENDPOINTS) {
    it(`${e.method ?? ''} ${e.route}: the same roles and consents as the API`, async () => {
      const admin = asToken(s.app, tokens.get('admin'));
      for (const actor of ACTORS) {
        const res = await asToken(s.app, tokens.get(actor))(await e.prepare(fixture, admin));
        const outcome = `${actor} → ${res.statusCode}`;
        if (e.fixedStatus) expect(outcome).toBe(`${actor} → ${e.fixedStatus}`);
        else if (e.allowed.includes(actor)) expect(res.statusCode, `${outcome} ${res.body.slice(0, 300)}`).toBeLessThan(300);
        else expect(outcome).toBe(`${actor} → ${actor === 'anonymous' ? 401 : 403}`);
        expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
        expectValidFhir(res.json<Resource>());
      }
    });
  }

  it('has checked a resource against every US Core profile it claims, not only against base R4', () => {
    expect(usCoreCoverage().unchecked).toEqual([]);
  });
});
