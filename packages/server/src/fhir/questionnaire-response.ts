import type { AssessmentView } from '@carelevel/contract';
import { scoreInstrument } from '@carelevel/engine';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { QUESTIONNAIRE_URL_BASE } from './fhir-codes.js';
import { fieldOf, givenInstruments, type GivenInstrument } from './instrument-answers.js';
import { labelled } from './part2-labels.js';
import { TOTAL_LINK_ID } from './questionnaire.js';

/** One id per instrument in one assessment: `<assessment id>.<instrument key>`. */
export const instrumentResourceId = (assessmentId: string, instrumentKey: string): string =>
  `${assessmentId}.${instrumentKey.toLowerCase()}`;

/** The instrument answers of a stored assessment as a US Core QuestionnaireResponse, total included. */
export function questionnaireResponseOf(a: AssessmentView, given: GivenInstrument): QuestionnaireResponse {
  const { def, answers } = given;
  const sex = fieldOf(a.case, 'sex');
  const { total } = scoreInstrument(def, answers, typeof sex === 'string' ? sex : undefined);
  return {
    resourceType: 'QuestionnaireResponse',
    id: instrumentResourceId(a.id, def.key),
    meta: labelled({ profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse'] }),
    questionnaire: `${QUESTIONNAIRE_URL_BASE}/${def.key.toLowerCase()}`,
    status: 'completed',
    subject: { reference: `Patient/${a.personId}` },
    authored: a.createdAt,
    item: [
      ...answers.flatMap((value, i) => {
        const item = def.items[i];
        return item ? [{ linkId: item.key, answer: [{ valueInteger: value }] }] : [];
      }),
      { linkId: TOTAL_LINK_ID, answer: [{ valueInteger: total }] },
    ],
  };
}

export const questionnaireResponsesOf = (a: AssessmentView): QuestionnaireResponse[] =>
  givenInstruments(a.case).map((g) => questionnaireResponseOf(a, g));
