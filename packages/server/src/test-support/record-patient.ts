// Test support: a patient as a health record keeps one, with the things carelevel offers to pre-fill:
// a completed PHQ-9 response to carelevel's Questionnaire, an active Condition, and optionally totals.
import type { Observation, Patient } from '@medplum/fhirtypes';
import type { SmartRecordServer } from './smart-record.js';

const PHQ9_ITEMS = ['interest', 'mood', 'sleep', 'energy', 'appetite', 'self-worth', 'concentration', 'psychomotor', 'self-harm-thoughts'];

export interface RecordPatient {
  readonly name: { readonly given: string; readonly family: string };
  readonly birthDate: string;
  /** Nine PHQ-9 item answers, and when they were given. */
  readonly phq9: readonly number[];
  readonly on: string;
  readonly condition: { readonly text: string; readonly snomed?: string };
  /** Instrument totals without items, by LOINC code. */
  readonly totals?: Readonly<Record<string, number>>;
}

export async function addRecordPatient(record: SmartRecordServer, p: RecordPatient): Promise<Patient> {
  const patient = await record.create<Patient>({
    resourceType: 'Patient',
    name: [{ family: p.name.family, given: [p.name.given] }],
    birthDate: p.birthDate,
  });
  const subject = { reference: `Patient/${patient.id ?? ''}` };
  await record.create({
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: 'https://carelevel.org/fhir/Questionnaire/phq9',
    subject,
    authored: p.on,
    item: PHQ9_ITEMS.map((linkId, i) => ({ linkId, answer: [{ valueInteger: p.phq9[i] ?? 0 }] })),
  });
  for (const [code, value] of Object.entries(p.totals ?? {}))
    await record.create<Observation>({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
      code: { coding: [{ system: 'http://loinc.org', code }] },
      subject,
      effectiveDateTime: p.on,
      valueInteger: value,
    });
  const coding = p.condition.snomed
    ? { coding: [{ system: 'http://snomed.info/sct', code: p.condition.snomed, display: p.condition.text }] }
    : {};
  await record.create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    code: p.condition.snomed ? coding : { text: p.condition.text },
  });
  return patient;
}
