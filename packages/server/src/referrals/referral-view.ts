import type { ReferralsTable, ReferralTransitionsTable } from '../storage/tables.js';
import { FHIR_TASK_STATUS, type ReferralState } from './referral-states.js';
import { timings, timingsFromHistory, type ReferralTimings } from './referral-timings.js';

export interface ReferralView extends ReferralTimings {
  readonly id: string;
  readonly groupId: string;
  readonly personId: string;
  readonly programId: string;
  readonly consentId: string;
  readonly level: string | null;
  readonly status: ReferralState;
  /** The same state in FHIR R4 Task.status terms. */
  readonly fhirTaskStatus: string;
  readonly reason: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly transitions: readonly { from: string | null; to: string; reason: string | null; by: string; at: string }[];
  /** Whether the person's consent to this program is live now (not revoked, not expired). */
  readonly consentLive?: boolean;
}

/**
 * A referral as the API shows it. Timings come from the full history when it is loaded, else from
 * the first milestones looked up for a list (`firstMilestones`).
 */
export const toReferralView = (
  r: ReferralsTable,
  transitions: readonly ReferralTransitionsTable[] = [],
  milestones?: { acknowledgedAt: string | null; admittedAt: string | null },
): ReferralView => ({
  id: r.id,
  groupId: r.group_id,
  personId: r.person_id,
  programId: r.program_id,
  consentId: r.consent_id,
  level: r.level,
  status: r.status as ReferralState,
  fhirTaskStatus: FHIR_TASK_STATUS[r.status as ReferralState],
  reason: r.reason,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  transitions: transitions.map((t) => ({ from: t.from_status, to: t.to_status, reason: t.reason, by: t.by_user, at: t.at })),
  ...(milestones ? timings(r.created_at, milestones.acknowledgedAt, milestones.admittedAt) : timingsFromHistory(r.created_at, transitions)),
});
