import { DomainError, type FieldIssue } from '@carelevel/contract';
import { INSTRUMENT_BY_KEY, type InstrumentDefinition } from '@carelevel/engine';
import { z } from 'zod';
import { QUESTIONNAIRE_URL_BASE } from './fhir-codes.js';
import { referencedId } from './fhir-search.js';
import { TOTAL_LINK_ID } from './questionnaire.js';

/** What a record may send: a completed response to one of carelevel's Questionnaires, about a Patient. */
export const incomingResponse = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string().min(1).max(300),
  status: z.enum(['completed', 'amended']),
  subject: z.looseObject({ reference: z.string().min(1).max(100) }),
  item: z
    .array(
      z.looseObject({
        linkId: z.string().min(1).max(100),
        answer: z
          .array(z.looseObject({ valueInteger: z.number().int() }))
          .max(1)
          .optional(),
      }),
    )
    .min(1)
    .max(100),
});
export type IncomingResponse = z.infer<typeof incomingResponse>;

export interface InstrumentAnswers {
  readonly personId: string;
  readonly def: InstrumentDefinition;
  readonly answers: readonly number[];
}

/** The instrument a canonical URL names (a `|version` suffix is accepted and not held against it). */
function instrumentOf(questionnaire: string): InstrumentDefinition | undefined {
  const url = questionnaire.split('|')[0] ?? '';
  if (!url.startsWith(`${QUESTIONNAIRE_URL_BASE}/`)) return undefined;
  const id = url.slice(QUESTIONNAIRE_URL_BASE.length + 1);
  return Object.values(INSTRUMENT_BY_KEY).find((d) => d.key.toLowerCase() === id);
}

/**
 * Read a response into the engine's item answers, in the instrument's order, checking each against the
 * values the instrument allows. Every item at fault is named at once, by its place in the body.
 */
export function instrumentAnswers(r: IncomingResponse): InstrumentAnswers {
  const def = instrumentOf(r.questionnaire);
  if (!def)
    throw new DomainError('invalid-request', [
      {
        path: ['body', 'questionnaire'],
        message: `must be one of carelevel's Questionnaires (${QUESTIONNAIRE_URL_BASE}/…; GET /fhir/R4/Questionnaire lists them)`,
      },
    ]);
  const personId = referencedId(r.subject.reference, 'Patient', 'subject');
  const issues: FieldIssue[] = [];
  r.item.forEach((it, i) => {
    if (it.linkId !== TOTAL_LINK_ID && !def.items.some((d) => d.key === it.linkId))
      issues.push({ path: ['body', 'item', i, 'linkId'], message: `is not an item of ${def.name}` });
  });
  const answers: number[] = [];
  const required = def.minItems ?? def.items.length;
  def.items.forEach((d, n) => {
    const at = r.item.findIndex((it) => it.linkId === d.key);
    const value = at < 0 ? undefined : r.item[at]?.answer?.[0]?.valueInteger;
    if (value === undefined) {
      if (n < required) issues.push({ path: ['body', 'item'], message: `needs an answer to ${d.key}` });
      return;
    }
    if (!d.values.includes(value))
      issues.push({ path: ['body', 'item', at, 'answer', 0, 'valueInteger'], message: `must be one of ${d.values.join(', ')}` });
    answers.push(value);
  });
  if (issues.length > 0) throw new DomainError('invalid-request', issues);
  return { personId, def, answers };
}
