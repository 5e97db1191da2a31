import { describe, expect, it } from 'vitest';
import { checkTransition, FHIR_TASK_STATUS, nextStates, REFERRAL_STATES } from './referral-states.js';

describe('referral state machine', () => {
  it('walks the happy path requested → received → accepted → admitted → completed', () => {
    const path = ['requested', 'received', 'accepted', 'admitted', 'completed'] as const;
    for (let i = 1; i < path.length; i++) expect(checkTransition(path[i - 1]!, path[i]!, 'program-staff', undefined)).toEqual({ ok: true });
  });

  it('lets only the referring side cancel, and only the program move the rest', () => {
    expect(checkTransition('requested', 'cancelled', 'navigator', undefined)).toEqual({ ok: true });
    expect(checkTransition('requested', 'cancelled', 'program-staff', undefined)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkTransition('requested', 'received', 'clinician', undefined)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkTransition('requested', 'received', 'admin', undefined)).toEqual({ ok: true });
  });

  it('needs a reason to decline', () => {
    expect(checkTransition('received', 'declined', 'program-staff', undefined)).toMatchObject({
      ok: false,
      code: 'invalid-transition',
      message: 'declining needs a reason',
    });
    expect(checkTransition('received', 'declined', 'program-staff', 'no beds for this level')).toEqual({ ok: true });
  });

  it('refuses skipping steps and leaving a final state', () => {
    expect(checkTransition('requested', 'admitted', 'program-staff', undefined)).toMatchObject({ ok: false, code: 'invalid-transition' });
    for (const final of ['declined', 'completed', 'cancelled', 'no-show'] as const) {
      expect(nextStates(final)).toEqual([]);
      for (const to of REFERRAL_STATES)
        expect(checkTransition(final, to, 'admin', 'r')).toMatchObject({ ok: false, message: `${final} is final` });
    }
  });

  it('maps every state to a FHIR Task status', () => {
    expect(Object.keys(FHIR_TASK_STATUS).sort()).toEqual([...REFERRAL_STATES].sort());
    expect(FHIR_TASK_STATUS.waitlisted).toBe('on-hold');
    expect(FHIR_TASK_STATUS.declined).toBe('rejected');
  });
});
