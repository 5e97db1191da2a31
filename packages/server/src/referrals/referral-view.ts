import type { ReferralsTable, ReferralTransitionsTable } from '../storage/tables.js';
import { FHIR_TASK_STATUS, type ReferralState } from './referral-states.js';

export interface ReferralView {
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
}

export const toReferralView = (r: ReferralsTable, transitions: readonly ReferralTransitionsTable[] = []): ReferralView => ({
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
});
