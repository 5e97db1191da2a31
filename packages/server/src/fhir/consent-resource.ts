import type { ConsentShare, ConsentView } from '@carelevel/contract';
import type { Consent } from '@medplum/fhirtypes';
import { labelled } from './part2-labels.js';
import { PROGRAM_ID_SYSTEM } from './referral-resources.js';

/** What each part of the record a consent shares is, in FHIR's resource types. */
const SHARED_AS: Readonly<Record<ConsentShare, readonly string[]>> = {
  demographics: ['Patient'],
  assessments: ['Observation', 'QuestionnaireResponse'],
  timeline: ['EpisodeOfCare', 'ServiceRequest', 'Task'],
  aftercare: ['CarePlan'],
};
const PURPOSE_OF_USE: Readonly<Record<ConsentView['purpose'], string>> = {
  referral: 'TREAT',
  'care-coordination': 'TREAT',
  'continuing-care': 'TREAT',
};

/**
 * A person's consent to disclose to one program as a FHIR Consent: a permit under 42 CFR Part 2, for
 * a period (it ends when it expires or is revoked), naming the program as the recipient and the parts
 * of the record it shares as resource classes.
 */
export function consentOf(c: ConsentView): Consent {
  const end = c.revokedAt ?? c.expiresAt;
  return {
    resourceType: 'Consent',
    id: c.id,
    meta: labelled(),
    status: c.live ? 'active' : 'inactive',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${c.personId}` },
    dateTime: c.createdAt,
    policy: [{ authority: 'https://www.ecfr.gov', uri: 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2' }],
    provision: {
      type: 'permit',
      period: { start: c.createdAt, end },
      actor: [
        {
          role: {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' },
            ],
          },
          reference: { type: 'Organization', identifier: { system: PROGRAM_ID_SYSTEM, value: c.programId } },
        },
      ],
      purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: PURPOSE_OF_USE[c.purpose], display: c.purpose }],
      class: c.shares.flatMap((s) => SHARED_AS[s]).map((code) => ({ system: 'http://hl7.org/fhir/resource-types', code })),
    },
  };
}
