import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import type { AssessmentRecords } from '../assessments/assessment-records.js';
import { instrumentAnswers, type IncomingResponse } from './incoming-response.js';
import { instrumentResourceId, questionnaireResponsesOf } from './questionnaire-response.js';

/**
 * A record's response, into the person's newest unsigned assessment (AssessmentRecords.fillInstrument),
 * answered as the stored QuestionnaireResponse: one path for the API and the command line.
 */
export async function fillFromResponse(assessments: AssessmentRecords, response: IncomingResponse): Promise<QuestionnaireResponse> {
  const { personId, def, answers } = instrumentAnswers(response);
  const draft = await assessments.fillInstrument(personId, def.key, answers, 'en');
  const created = questionnaireResponsesOf(draft).find((r) => r.id === instrumentResourceId(draft.id, def.key));
  if (!created) throw new Error('the filled instrument is missing from the draft it was put in');
  return created;
}
