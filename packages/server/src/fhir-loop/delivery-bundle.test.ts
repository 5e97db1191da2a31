import type { ConsentView, PersonView, ReferralView } from '@carelevel/contract';
import type { Observation, Resource, ServiceRequest, Task } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { PERSON_ID_SYSTEM } from '../fhir/fhir-codes.js';
import { REFERRAL_ID_SYSTEM } from '../fhir/referral-resources.js';
import { expectValidFhir } from '../test-support/fhir-validation.js';
import { deliveryBundle, peerTaskId } from './delivery-bundle.js';

const at = '2026-12-01T10:00:00.000Z';
const person: PersonView = {
  id: '11111111-1111-4111-8111-111111111111',
  givenName: 'Ada',
  familyName: 'Example',
  birthDate: '1980-01-01',
  preferredLanguage: null,
  version: 1,
  createdAt: at,
  updatedAt: at,
};
const consent: ConsentView = {
  id: '22222222-2222-4222-8222-222222222222',
  personId: person.id,
  programId: 'p_1',
  purpose: 'referral',
  shares: ['demographics', 'assessments'],
  expiresAt: '2027-01-01T00:00:00.000Z',
  createdAt: at,
  revokedAt: null,
  live: true,
};
const referral = {
  id: '33333333-3333-4333-8333-333333333333',
  groupId: '44444444-4444-4444-8444-444444444444',
  personId: person.id,
  programId: 'p_1',
  consentId: consent.id,
  level: null,
  status: 'requested',
  note: null,
  urgency: 'routine',
  expectedAdmissionOn: null,
  admittedOn: null,
  handoff: null,
  fhirTaskStatus: 'requested',
  reason: null,
  version: 1,
  createdAt: at,
  updatedAt: at,
  transitions: [],
  acknowledgedAt: null,
  admittedAt: null,
  hoursToAcknowledge: null,
  hoursToAdmission: null,
} satisfies ReferralView;
const observation: Observation = {
  resourceType: 'Observation',
  id: 'a.phq9',
  status: 'final',
  code: { text: 'PHQ-9 total' },
  subject: { reference: `Patient/${person.id}` },
  derivedFrom: [{ reference: 'QuestionnaireResponse/a.phq9' }],
  valueInteger: 12,
};

describe('the transaction Bundle a referral is sent as', () => {
  let n = 0;
  const bundle = deliveryBundle(
    { person, referral, consent, observations: [observation] },
    () => `urn:uuid:00000000-0000-4000-8000-00000000000${++n}`,
  );
  const urnOf = (type: string): string => bundle.entry?.find((e) => e.resource?.resourceType === type)?.fullUrl ?? '';
  const resource = (type: string): Resource | undefined => bundle.entry?.find((e) => e.resource?.resourceType === type)?.resource;

  it('is valid FHIR R4, every entry a POST, the Patient, Consent and Observations created once', () => {
    expectValidFhir(bundle);
    expect(
      bundle.entry?.map((e) => `${e.request?.method ?? ''} ${e.request?.url ?? ''} ${e.request?.ifNoneExist ? 'once' : 'new'}`),
    ).toEqual(['POST Patient once', 'POST Consent once', 'POST Observation once', 'POST ServiceRequest new', 'POST Task new']);
    expect(bundle.entry?.[0]?.request?.ifNoneExist).toBe(`identifier=${encodeURIComponent(`${PERSON_ID_SYSTEM}|${person.id}`)}`);
  });

  it('links the entries to each other, drops what is not sent, and leaves ids and versions to the peer', () => {
    const task = resource('Task') as Task;
    expect(task.id).toBeUndefined();
    expect(task.meta?.versionId).toBeUndefined();
    expect(task.focus?.reference).toBe(urnOf('ServiceRequest'));
    expect(task.for?.reference).toBe(urnOf('Patient'));
    expect(task.identifier).toEqual([{ system: REFERRAL_ID_SYSTEM, value: referral.id }]);
    const request = resource('ServiceRequest') as ServiceRequest;
    expect(request.supportingInfo?.map((r) => r.reference)).toEqual([urnOf('Consent'), urnOf('Observation')]);
    expect(resource('Observation')).not.toHaveProperty('derivedFrom');
  });

  it('finds the peer\u2019s Task id in its transaction-response', () => {
    expect(
      peerTaskId({
        resourceType: 'Bundle',
        type: 'transaction-response',
        entry: [
          { response: { status: '201', location: 'Patient/p1/_history/1' } },
          { response: { status: '201', location: 'Task/t9/_history/1' } },
        ],
      }),
    ).toBe('t9');
  });
});
