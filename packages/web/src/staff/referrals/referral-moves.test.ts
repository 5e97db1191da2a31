import { describe, expect, it } from 'vitest';
import { movesFor } from './referral-moves.js';

describe('referral moves', () => {
  it('let program staff move a referral along but not cancel it', () => {
    expect(movesFor('requested', 'program-staff')).toEqual(['received']);
    expect(movesFor('received', 'program-staff')).toEqual(['accepted', 'declined', 'waitlisted']);
    expect(movesFor('accepted', 'program-staff')).toEqual(['admitted', 'no-show']);
  });

  it('let the referring side only cancel, and only while the referral is open', () => {
    expect(movesFor('received', 'navigator')).toEqual(['cancelled']);
    expect(movesFor('admitted', 'clinician')).toEqual([]);
    expect(movesFor('declined', 'admin')).toEqual([]);
  });
});
