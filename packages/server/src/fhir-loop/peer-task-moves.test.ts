import { describe, expect, it } from 'vitest';
import { REFERRAL_STATE_SYSTEM } from '../fhir/referral-resources.js';
import { peerState, planPeerMoves } from './peer-task-moves.js';

describe('the referral moves a program\u2019s Task stands for', () => {
  it('maps Task.status the way the Gravity referral Task uses it, and prefers carelevel\u2019s own business status', () => {
    expect(peerState({ status: 'rejected' })).toBe('declined');
    expect(peerState({ status: 'in-progress' })).toBe('admitted');
    expect(peerState({ status: 'cancelled' })).toBeUndefined();
    expect(peerState({ status: 'on-hold', businessStatus: { coding: [{ system: REFERRAL_STATE_SYSTEM, code: 'waitlisted' }] } })).toBe(
      'waitlisted',
    );
  });

  it('makes the steps in between as inbox moves', () => {
    expect(planPeerMoves('requested', { status: 'accepted', restriction: { period: { start: '2026-12-10' } } })).toEqual({
      moves: [{ status: 'received' }, { status: 'accepted', expectedAdmissionOn: '2026-12-10' }],
    });
    expect(planPeerMoves('accepted', { status: 'completed', executionPeriod: { start: '2026-12-04T10:00:00Z' } })).toEqual({
      moves: [{ status: 'admitted', admittedOn: '2026-12-04' }, { status: 'completed' }],
    });
  });

  it('carries a rejection\u2019s reason, and ignores one without', () => {
    expect(planPeerMoves('received', { status: 'rejected', statusReason: { text: ' no beds ' } })).toEqual({
      moves: [{ status: 'declined', reason: 'no beds' }],
    });
    expect(planPeerMoves('received', { status: 'rejected' })).toEqual({ ignore: 'no-reason' });
  });

  it('ignores what is unchanged, stale or not the program\u2019s to do', () => {
    expect(planPeerMoves('accepted', { status: 'accepted' })).toEqual({ ignore: 'unchanged' });
    expect(planPeerMoves('accepted', { status: 'received' })).toEqual({ ignore: 'not-reachable' });
    expect(planPeerMoves('declined', { status: 'accepted' })).toEqual({ ignore: 'not-reachable' });
    expect(planPeerMoves('requested', { status: 'cancelled' })).toEqual({ ignore: 'no-state' });
  });
});
