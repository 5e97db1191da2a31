import type { Observation, Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { expectValidFhir, usCoreProfilesOf } from './fhir-validation.js';

const US_CORE_PATIENT = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient';
const SCREENING = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment';

describe('FHIR validation in tests', () => {
  const patient: Patient = {
    resourceType: 'Patient',
    meta: { profile: [US_CORE_PATIENT] },
    identifier: [{ system: 'urn:example', value: '1' }],
    name: [{ family: 'Rivera', given: ['Ana'] }],
    gender: 'female',
  };

  it('knows the US Core profiles carelevel claims', () => {
    expect(usCoreProfilesOf(patient)).toEqual([US_CORE_PATIENT]);
    expect(usCoreProfilesOf({ resourceType: 'Patient', meta: { profile: ['http://example.org/other'] } })).toEqual([]);
  });

  it('passes a Patient that meets US Core Patient', () => {
    expect(() => {
      expectValidFhir(patient);
    }).not.toThrow();
  });

  it('refuses a Patient that is valid R4 but misses what US Core Patient requires (gender, identifier)', () => {
    const bare: Patient = { resourceType: 'Patient', meta: patient.meta, name: patient.name };
    expect(() => {
      expectValidFhir({ resourceType: 'Patient', name: bare.name });
    }).not.toThrow();
    expect(() => {
      expectValidFhir(bare);
    }).toThrow(/gender|identifier/);
  });

  it('refuses a screening Observation without the subject US Core requires', () => {
    const observation: Observation = {
      resourceType: 'Observation',
      meta: { profile: [SCREENING] },
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      valueInteger: 12,
    };
    expect(() => {
      expectValidFhir(observation);
    }).toThrow(/subject/);
    expect(() => {
      expectValidFhir({ ...observation, subject: { reference: 'Patient/1' } });
    }).not.toThrow();
  });
});
