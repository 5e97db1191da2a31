import { DomainError } from '@carelevel/contract';
import type { AppDatabase } from '@carelevel/storage';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { operatorPrincipal } from '../accounts/operator-principal.js';
import type { Principal } from '../accounts/principal.js';
import { RecordAccess } from '../records/record-access.js';
import { personRecords, type PersonRecords } from '../records/request-records.js';
import { carePlanOf } from './care-plan.js';
import { consentOf } from './consent-resource.js';
import { FHIR_BASE_PATH } from './fhir-codes.js';
import { fillFromResponse } from './fill-instrument.js';
import { incomingResponse } from './incoming-response.js';
import { orNothing } from './or-nothing.js';
import { observationsOf } from './observation.js';
import { patientOf } from './patient.js';
import { questionnaireResponsesOf } from './questionnaire-response.js';
import { serviceRequestOf, taskOf } from './referral-resources.js';
import { z } from 'zod';

/** The same doors the API uses, for a command-line operator acting as an account. */
async function recordsAs(database: AppDatabase, email: string): Promise<PersonRecords & { readonly caller: Principal }> {
  const access = new RecordAccess(database.db, await operatorPrincipal(database.db, email), 'cli');
  return { ...personRecords(access), caller: access.caller };
}

/**
 * Everything the account may see about one person, as a FHIR `collection` Bundle, for a site without a
 * live connection: the Patient, instrument answers and totals, the level of care, referrals, consents
 * (the care team's) and the aftercare plan. Every read is audited as the account's, from `cli`.
 */
export async function exportPerson(database: AppDatabase, asEmail: string, personId: string): Promise<Bundle> {
  const r = await recordsAs(database, asEmail);
  const person = await r.people.read(personId);
  const assessments = await r.assessments.listWithDeterminations(personId);
  const referrals = (await r.referrals.list({ personId, limit: 200, offset: 0 })).referrals;
  const consents = r.caller.role === 'program-staff' ? [] : await r.consents.list(personId);
  const plan = await orNothing(r.aftercare.read(personId));
  const resources: Resource[] = [
    patientOf(person),
    ...assessments.flatMap(questionnaireResponsesOf),
    ...assessments.flatMap(observationsOf),
    ...referrals.flatMap((x) => [serviceRequestOf(x), taskOf(x)]),
    ...consents.map(consentOf),
    ...(plan ? [carePlanOf(plan)] : []),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `urn:carelevel:${FHIR_BASE_PATH}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
    })),
  };
}

const incomingPatient = z.looseObject({
  resourceType: z.literal('Patient'),
  name: z
    .array(z.looseObject({ family: z.string().trim().min(1).max(100), given: z.array(z.string().trim().min(1).max(100)).min(1) }))
    .min(1),
  birthDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 1980-04-02')
    .optional(),
  communication: z
    .array(z.looseObject({ language: z.looseObject({ coding: z.array(z.looseObject({ code: z.string().max(20) })).optional() }) }))
    .optional(),
});

/** Field issues from a zod failure, under `file` (the CLI names the file's fields). */
const fileIssues = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: ['file', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message }));

/**
 * A resource from a file: a QuestionnaireResponse fills the instrument in the person's newest unsigned
 * assessment (as `POST /fhir/R4/QuestionnaireResponse` does), a Patient adds the person. Returns the
 * stored resource as the API would give it back.
 */
export async function importResource(database: AppDatabase, asEmail: string, input: unknown): Promise<Resource> {
  const r = await recordsAs(database, asEmail);
  const type = typeof input === 'object' && input !== null && 'resourceType' in input ? input.resourceType : undefined;
  if (type === 'QuestionnaireResponse') {
    const parsed = incomingResponse.safeParse(input);
    if (!parsed.success) throw new DomainError('invalid-request', fileIssues(parsed.error));
    return fillFromResponse(r.assessments, parsed.data);
  }
  if (type === 'Patient') {
    const parsed = incomingPatient.safeParse(input);
    if (!parsed.success) throw new DomainError('invalid-request', fileIssues(parsed.error));
    const name = parsed.data.name[0];
    const language = parsed.data.communication?.[0]?.language.coding?.[0]?.code;
    const added = await r.people.add({
      givenName: name?.given.join(' ') ?? '',
      familyName: name?.family ?? '',
      ...(parsed.data.birthDate ? { birthDate: parsed.data.birthDate } : {}),
      ...(language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? { preferredLanguage: language } : {}),
    });
    return patientOf(added);
  }
  throw new DomainError('invalid-request', [{ path: ['file', 'resourceType'], message: 'must be QuestionnaireResponse or Patient' }]);
}
