import type { PersonView } from '@carelevel/contract';
import type { Patient } from '@medplum/fhirtypes';
import { PERSON_ID_SYSTEM } from './fhir-codes.js';
import { labelled } from './part2-labels.js';

/**
 * A person as a US Core Patient. carelevel does not ask a person's sex or gender, and US Core requires
 * one, so it is `unknown` (the value US Core keeps for exactly this); the record keeps the real one.
 */
export function patientOf(p: PersonView): Patient {
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: labelled({
      versionId: String(p.version),
      lastUpdated: p.updatedAt,
      profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'],
    }),
    identifier: [{ system: PERSON_ID_SYSTEM, value: p.id }],
    name: [{ family: p.familyName, given: [p.givenName] }],
    gender: 'unknown',
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.preferredLanguage
      ? { communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.preferredLanguage }] }, preferred: true }] }
      : {}),
  };
}
