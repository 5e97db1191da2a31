import type { ReferralsTable, ReferralTransitionsTable } from '../storage/tables.js';
import { FHIR_TASK_STATUS, type ReferralState } from './referral-states.js';

export const toReferralView = (r: ReferralsTable, transitions: readonly ReferralTransitionsTable[] = []) => ({
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
