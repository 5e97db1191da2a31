// The FHIR API's routes for the authorization and audit tests: the same actors and the same audit rows
// as the /api/v1 routes that reach the same records (endpoints.ts), listed apart because the FHIR API
// is described by its CapabilityStatement rather than the OpenAPI document.
import type { AppDatabase } from '@carelevel/storage';
import { latestDetermination, listAssessments } from '../assessments/assessment-store.js';
import { programFhirId } from '../fhir/program-ids.js';
import {
  ASSESSORS,
  CARE_TEAM,
  CARE_TEAM_AND_CONSENTED,
  deniedPart,
  EVERYONE,
  planId,
  row,
  SIGNED_IN,
  type AuditExpectation,
  type Endpoint,
  type ExpectedAudit,
} from './endpoints.js';

/** What reading every assessment of the person (with its latest determination) leaves, newest first. */
async function everyAssessmentListed(database: AppDatabase, personId: string): Promise<ExpectedAudit[]> {
  const rows = await listAssessments(database.db, personId);
  const out: ExpectedAudit[] = [];
  for (const a of rows) {
    out.push(row('list', 'assessment', a.id, personId));
    const latest = await latestDetermination(database.db, a.id);
    if (latest) out.push(row('list', 'determination', latest.id, personId));
  }
  return out;
}

async function oneAssessmentRead(database: AppDatabase, personId: string, assessmentId: string): Promise<ExpectedAudit[]> {
  const latest = await latestDetermination(database.db, assessmentId);
  return [row('read', 'assessment', assessmentId, personId), ...(latest ? [row('read', 'determination', latest.id, personId)] : [])];
}

/** A search lists what it found: one row per entry of the Bundle, about the fixture's person. */
const bundleListed =
  (entityType: string): AuditExpectation =>
  ({ f, res }) =>
    (res.json<{ entry?: { resource: { id: string } }[] }>().entry ?? []).map((e) => row('list', entityType, e.resource.id, f.personId));

export const FHIR_ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', route: '/fhir/R4/metadata', allowed: EVERYONE, prepare: () => ({ method: 'GET', url: '/fhir/R4/metadata' }) },
  { method: 'GET', route: '/fhir/R4/Questionnaire', allowed: EVERYONE, prepare: () => ({ method: 'GET', url: '/fhir/R4/Questionnaire' }) },
  {
    method: 'GET',
    route: '/fhir/R4/Questionnaire/{id}',
    allowed: EVERYONE,
    prepare: () => ({ method: 'GET', url: '/fhir/R4/Questionnaire/phq9' }),
  },
  {
    method: 'GET',
    route: '/fhir/R4/Patient/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Patient/${f.personId}` }),
    audit: ({ f }) => [row('read', 'person', f.personId, f.personId)],
    denied: deniedPart('demographics'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/Patient',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Patient?identifier=https://carelevel.org/fhir/sid/person-id|${f.personId}` }),
    audit: ({ f }) => [row('read', 'person', f.personId, f.personId)],
    denied: deniedPart('demographics'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/Observation',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Observation?patient=Patient/${f.personId}` }),
    audit: ({ f, database }) => everyAssessmentListed(database, f.personId),
    denied: deniedPart('assessments'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/Observation/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Observation/${f.assessmentId}.level` }),
    audit: ({ f, database }) => oneAssessmentRead(database, f.personId, f.assessmentId),
    denied: deniedPart('assessments'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/QuestionnaireResponse',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/QuestionnaireResponse?patient=${f.personId}` }),
    audit: ({ f, database }) => everyAssessmentListed(database, f.personId),
    denied: deniedPart('assessments'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/QuestionnaireResponse/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/QuestionnaireResponse/${f.assessmentId}.auditc` }),
    audit: ({ f, database }) => oneAssessmentRead(database, f.personId, f.assessmentId),
    denied: deniedPart('assessments'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/ServiceRequest',
    allowed: SIGNED_IN,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/ServiceRequest?patient=${f.personId}` }),
    audit: bundleListed('referral'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/ServiceRequest/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/ServiceRequest/${f.referralId}` }),
    audit: ({ f }) => [row('read', 'referral', f.referralId, f.personId)],
    denied: ({ f }) => [row('denied', 'referral', f.referralId, f.personId)],
  },
  {
    method: 'GET',
    route: '/fhir/R4/Task',
    allowed: SIGNED_IN,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Task?patient=Patient/${f.personId}` }),
    audit: bundleListed('referral'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/Task/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Task/${f.referralId}` }),
    audit: ({ f }) => [row('read', 'referral', f.referralId, f.personId)],
    denied: ({ f }) => [row('denied', 'referral', f.referralId, f.personId)],
  },
  {
    method: 'GET',
    route: '/fhir/R4/Consent',
    allowed: CARE_TEAM,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/Consent?patient=${f.personId}` }),
    audit: bundleListed('consent'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/CarePlan',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/CarePlan?patient=${f.personId}` }),
    audit: async ({ f, database }) => [row('read', 'aftercare-plan', await planId(database, f.personId), f.personId)],
    denied: deniedPart('aftercare'),
  },
  {
    method: 'GET',
    route: '/fhir/R4/CarePlan/{id}',
    allowed: CARE_TEAM_AND_CONSENTED,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/CarePlan/${f.personId}.aftercare` }),
    audit: async ({ f, database }) => [row('read', 'aftercare-plan', await planId(database, f.personId), f.personId)],
    denied: deniedPart('aftercare'),
  },
  ...(['Organization', 'Location', 'HealthcareService'] as const).map((type): Endpoint => ({
    method: 'GET',
    route: `/fhir/R4/${type}/{id}`,
    allowed: EVERYONE,
    prepare: (f) => ({ method: 'GET', url: `/fhir/R4/${type}/${programFhirId(f.programWithConsent) ?? ''}` }),
  })),
  {
    method: 'GET',
    route: '/fhir/R4/Location',
    allowed: EVERYONE,
    prepare: () => ({ method: 'GET', url: '/fhir/R4/Location?near=39.16|-75.52|50|mi' }),
  },
  {
    method: 'GET',
    route: '/fhir/R4/HealthcareService',
    allowed: EVERYONE,
    prepare: () => ({ method: 'GET', url: '/fhir/R4/HealthcareService?location.near=39.16|-75.52|50|mi' }),
  },
  {
    method: 'POST',
    route: '/fhir/R4/QuestionnaireResponse',
    allowed: ASSESSORS,
    prepare: (f) => ({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      payload: {
        resourceType: 'QuestionnaireResponse',
        questionnaire: 'https://carelevel.org/fhir/Questionnaire/phq2',
        status: 'completed',
        subject: { reference: `Patient/${f.personId}` },
        item: [
          { linkId: 'interest', answer: [{ valueInteger: 1 }] },
          { linkId: 'mood', answer: [{ valueInteger: 2 }] },
        ],
      },
    }),
    // The draft it went into was read, and the new revision created.
    audit: async ({ f, res, database }) => {
      const created = (res.json<{ id: string }>().id ?? '').split('.')[0] ?? '';
      const stored = await database.db.selectFrom('assessments').select('supersedes').where('id', '=', created).executeTakeFirstOrThrow();
      return [
        ...(stored.supersedes ? [row('read', 'assessment', stored.supersedes, f.personId)] : []),
        row('create', 'assessment', created, f.personId),
      ];
    },
    denied: deniedPart('assessments'),
  },
  // A program's system notifying carelevel: it proves itself with its program's notification secret,
  // which no account's token is (closed-loop.int.test.ts sends the real one).
  {
    method: 'POST',
    route: '/fhir/R4/subscription-notification/{programId}',
    allowed: EVERYONE,
    fixedStatus: 401,
    prepare: (f) => ({
      method: 'POST',
      url: `/fhir/R4/subscription-notification/${f.programWithConsent}`,
      headers: { 'content-type': 'application/fhir+json' },
      payload: { resourceType: 'Bundle', type: 'history', entry: [] },
    }),
  },
];
