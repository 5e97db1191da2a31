import { aftercareTemplate, determine, validateAftercarePlan, type CareCase } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/api-problem.js';
import { fieldErrors } from '../api/field-paths.js';
import { draftFromPlan, planFields, planFromDraft, problemForForm } from './plan-draft.js';

const careCase: CareCase = {
  format: 'carelevel-case/1',
  substances: [{ name: 'alcohol', daysUsedLast30: 12 }],
  environment: { housing: 'unstable' },
};

describe('the aftercare plan as the form edits it', () => {
  it('round-trips the engine template, and stays a valid carelevel-aftercare/1 document', () => {
    const plan = aftercareTemplate(careCase, determine(careCase));
    const back = planFromDraft(draftFromPlan(plan));
    expect(validateAftercarePlan(back)).toEqual([]);
    // The form lists components in the engine's AFTERCARE_COMPONENTS order.
    expect(back.components).toEqual(expect.arrayContaining(plan.components));
    expect(back.components).toHaveLength(plan.components.length);
    expect(back.followUpDays).toBe(plan.followUpDays);
  });

  it('keeps one line per item and leaves out empty lines and empty contacts', () => {
    const d = draftFromPlan(aftercareTemplate(careCase, determine(careCase)));
    const plan = planFromDraft({
      ...d,
      triggers: 'Payday\n\n  Old friends  \n',
      peopleToCall: [
        { name: '', relationship: '', phone: '' },
        { name: 'Ana', relationship: 'sister', phone: '555-0100' },
      ],
    });
    expect(plan.relapsePrevention.triggers).toEqual(['Payday', 'Old friends']);
    expect(plan.relapsePrevention.peopleToCall).toEqual([{ name: 'Ana', relationship: 'sister', phone: '555-0100' }]);
  });

  it("puts the server's errors on the form's own fields: a component by kind, a contact by its row", () => {
    const d0 = draftFromPlan(aftercareTemplate(careCase, determine(careCase)));
    const d = {
      ...d0,
      peopleToCall: [
        { name: '', relationship: '', phone: '' },
        { name: 'Sam', relationship: '', phone: 'call me' },
      ],
    };
    const kinds = planFromDraft(d).components.map((c) => c.kind);
    const problem = new ApiProblem(400, {
      code: 'invalid-request',
      title: 'Bad',
      errors: [
        { path: ['body', 'plan', 'relapsePrevention', 'peopleToCall', 0, 'phone'], message: 'must be a phone number' },
        { path: ['body', 'plan', 'components', 1, 'details'], message: 'too long' },
      ],
    });
    const errors = fieldErrors(problemForForm(problem, d), 'body.plan', planFields(d));
    expect(errors).toEqual({
      'relapsePrevention.peopleToCall.1.phone': 'must be a phone number',
      [`components.${kinds[1]}.details`]: 'too long',
    });
  });
});
