import { describe, expect, it } from 'vitest';
import type { ReferralView } from '../api/types.js';
import { referralTiming } from './referral-timing.js';

const base: ReferralView = {
  id: 'r',
  groupId: 'g',
  personId: 'p',
  programId: 'x',
  consentId: 'c',
  level: null,
  status: 'admitted',
  fhirTaskStatus: 'in-progress',
  reason: null,
  version: 4,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
  transitions: [
    { from: null, to: 'requested', reason: null, by: 'u', at: '2026-11-01T10:00:00.000Z' },
    { from: 'requested', to: 'received', reason: null, by: 'u', at: '2026-11-01T13:30:00.000Z' },
    { from: 'received', to: 'accepted', reason: null, by: 'u', at: '2026-11-02T10:00:00.000Z' },
    { from: 'accepted', to: 'admitted', reason: null, by: 'u', at: '2026-11-03T10:00:00.000Z' },
  ],
};

describe('referral timing', () => {
  it('is worked out from the history when the server does not send it', () => {
    expect(referralTiming(base)).toEqual({
      acknowledgedAt: '2026-11-01T13:30:00.000Z',
      admittedAt: '2026-11-03T10:00:00.000Z',
      hoursToAcknowledge: 3.5,
      hoursToAdmission: 48,
    });
  });

  it("takes the server's figures when it sends them, even with no history in a list", () => {
    const listed: ReferralView = {
      ...base,
      transitions: [],
      acknowledgedAt: '2026-11-01T11:00:00.000Z',
      admittedAt: null,
      hoursToAcknowledge: 1,
      hoursToAdmission: null,
    };
    expect(referralTiming(listed)).toEqual({
      acknowledgedAt: '2026-11-01T11:00:00.000Z',
      admittedAt: null,
      hoursToAcknowledge: 1,
      hoursToAdmission: null,
    });
  });
});
