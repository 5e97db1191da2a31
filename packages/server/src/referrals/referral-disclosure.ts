import type { ConsentShare, ReferralView } from '@carelevel/contract';
import type { Principal } from '../accounts/principal.js';

/**
 * A referral as the caller may see it. Program staff see the handoff only within what the person's
 * consent shares: the clinical part (levels, withdrawal management, payment, schedule) with
 * `assessments`, the language with `demographics`; who referred and how to reach them always.
 *
 * Once the consent is revoked or has expired (42 CFR Part 2: what was disclosed stays disclosed,
 * nothing new is), program staff keep what they already had — that the referral exists, its dates and
 * where it stands — but not its clinical content (the level of care, reasons, the note, the handoff),
 * which the workspace would otherwise show them again.
 */
export function asCallerMaySee(p: Principal, view: ReferralView, live: boolean, shares: readonly ConsentShare[] = []): ReferralView {
  if (p.role !== 'program-staff') return { ...view, consentLive: live };
  const h = view.handoff;
  const clinical = live && shares.includes('assessments');
  const handoff = h && {
    ...h,
    indicatedLevel: clinical ? h.indicatedLevel : null,
    chosenLevel: clinical ? h.chosenLevel : null,
    withdrawalManagement: clinical ? h.withdrawalManagement : null,
    coverage: clinical ? h.coverage : null,
    scheduleWindows: clinical ? h.scheduleWindows : [],
    language: live && shares.includes('demographics') ? h.language : null,
  };
  if (live) return { ...view, handoff, consentLive: true };
  return {
    ...view,
    handoff,
    consentLive: false,
    level: null,
    reason: null,
    note: null,
    transitions: view.transitions.map((t) => ({ ...t, reason: null })),
  };
}

/** Program staff see only referrals sent to their own programs. */
export const mayReach = (p: Principal, programId: string): boolean => p.role !== 'program-staff' || p.programs.includes(programId);
