import { evalFhirPathTyped, toTypedValue } from '@medplum/core';
import { INSTRUMENTS, scoreInstrument } from '@carelevel/engine';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { SDC_CALCULATED_EXPRESSION } from './fhir-codes.js';
import { expectValidFhir } from '../test-support/fhir-validation.js';
import { QUESTIONNAIRES, TOTAL_LINK_ID } from './questionnaire.js';

/** Answers that exercise every item: each item's values in turn, offset by the item's position. */
const answersFor = (values: readonly (readonly number[])[], shift: number): number[] =>
  values.map((v, i) => v[(i + shift) % v.length] ?? 0);

describe('instruments as FHIR Questionnaires', () => {
  it('offers one valid SDC Questionnaire per instrument the engine scores, totals coded with LOINC where LOINC has them', () => {
    expect(QUESTIONNAIRES.map((q) => q.id)).toEqual(INSTRUMENTS.map((d) => d.key.toLowerCase()));
    for (const q of QUESTIONNAIRES) expectValidFhir(q);
    const phq9 = QUESTIONNAIRES.find((q) => q.id === 'phq9');
    expect(phq9?.code?.[0]?.code).toBe('44249-1');
    expect(phq9?.item?.find((i) => i.linkId === TOTAL_LINK_ID)?.code?.[0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
  });

  it('computes, with its calculated expression in FHIRPath, the same total as the engine for any answers', () => {
    for (const def of INSTRUMENTS) {
      const q = QUESTIONNAIRES.find((x) => x.id === def.key.toLowerCase());
      const expression = q?.item?.find((i) => i.linkId === TOTAL_LINK_ID)?.extension?.find((e) => e.url === SDC_CALCULATED_EXPRESSION)
        ?.valueExpression?.expression;
      expect(expression, def.key).toBeTruthy();
      for (let shift = 0; shift < 5; shift++) {
        const answers = answersFor(
          def.items.map((i) => i.values),
          shift,
        );
        const response: QuestionnaireResponse = {
          resourceType: 'QuestionnaireResponse',
          status: 'completed',
          item: def.items.map((item, i) => ({ linkId: item.key, answer: [{ valueInteger: answers[i] ?? 0 }] })),
        };
        const typed = toTypedValue(response);
        const [total] = evalFhirPathTyped(expression ?? '', [typed], { '%resource': typed });
        expect(total?.value, `${def.key} ${answers.join(',')}`).toBe(scoreInstrument(def, answers).total);
      }
    }
  });
});
