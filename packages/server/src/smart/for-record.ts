import type { Observation } from '@medplum/fhirtypes';

/**
 * carelevel's Observations as the launching record should keep them: about the record's own Patient,
 * with no carelevel resource ids (the record assigns its own) and no references to carelevel resources
 * it cannot resolve (`derivedFrom` names carelevel's QuestionnaireResponses). Part 2 labels stay. Pure.
 */
export function forRecord(observations: readonly Observation[], patientId: string): Observation[] {
  return observations.map((o) => {
    const copy: Observation = { ...o, subject: { reference: `Patient/${patientId}` } };
    delete copy.id;
    delete copy.derivedFrom;
    return copy;
  });
}
