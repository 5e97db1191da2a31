import type { ReferralView } from '@carelevel/contract';
import type { Principal } from '../accounts/principal.js';

/**
 * A referral as the caller may see it once the person's consent to its program is revoked or has
 * expired (42 CFR Part 2: what was disclosed stays disclosed, nothing new is). Program staff keep what
 * they already had — that the referral exists, its dates and where it stands — but not its clinical
 * content (the level of care, reasons), which the workspace would otherwise show them again.
 */
export function asCallerMaySee(p: Principal, view: ReferralView, live: boolean): ReferralView {
  if (live || p.role !== 'program-staff') return { ...view, consentLive: live };
  return { ...view, consentLive: false, level: null, reason: null, transitions: view.transitions.map((t) => ({ ...t, reason: null })) };
}

/** Program staff see only referrals sent to their own programs. */
export const mayReach = (p: Principal, programId: string): boolean => p.role !== 'program-staff' || p.programs.includes(programId);
