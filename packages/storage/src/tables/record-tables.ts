// Times are ISO 8601 text and documents JSON text, so SQLite and PostgreSQL read and compare them
// alike. Every row that changes carries `version` for optimistic locking.

export interface PeopleTable {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  preferred_language: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable {
  id: string;
  person_id: string;
  /** 1 for a new assessment; a change to a signed one is a new row with the next number. */
  revision: number;
  supersedes: string | null;
  case_json: string;
  recommendation_json: string;
  rules_version: string;
  indicated_level: string;
  created_by: string;
  created_at: string;
  signed_by: string | null;
  signed_at: string | null;
}

export interface DeterminationsTable {
  id: string;
  assessment_id: string;
  person_id: string;
  indicated_level: string;
  chosen_level: string;
  variance_reason: string | null;
  note: string | null;
  decided_by: string;
  decided_at: string;
  /** JSON: the clinician's rating adjustments (assessments/adjustments.ts); null when none. */
  adjustments_json: string | null;
  /** The engine's withdrawal-management setting when decided; null before it was recorded. */
  indicated_withdrawal_management: string | null;
  /** The withdrawal-management setting chosen; null before it was recorded. */
  withdrawal_management: string | null;
}

/**
 * Per UTC day, how many determinations decided that day are still the latest on their assessment, by
 * levels and variance reason (migration 0121): the admin report's placements and variance, kept by
 * the transaction that records each determination.
 */
export interface DeterminationCountsTable {
  day: string;
  chosen_level: string;
  indicated_level: string;
  /** '' when the determination gave none (a key column cannot be null on PostgreSQL). */
  variance_reason: string;
  count: number;
}

/** Per UTC day, referrals sent that day by their status now (migration 0121): the admin report's outcomes. */
export interface ReferralCountsTable {
  day: string;
  status: string;
  count: number;
}

/**
 * How many of the referrals sent in a period waited each number of hours to reach a milestone (whole
 * days as they are, other waits to two significant figures; migration 0121): the admin report's
 * waiting times. Each wait is counted twice, under its UTC day and under its month, so a report
 * reads whole months from the month rows and only the days at its ends from the day rows.
 */
export interface ReferralWaitCountsTable {
  /** A UTC day (YYYY-MM-DD) or a whole month (YYYY-MM). */
  period: string;
  /** acknowledged | admitted */
  milestone: string;
  hours: number;
  count: number;
}

export interface EpisodesTable {
  id: string;
  person_id: string;
  program_id: string | null;
  level: string;
  started_on: string;
  ended_on: string | null;
  outcome: string | null;
  created_by: string;
  created_at: string;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  program_id: string;
  purpose: string;
  /** JSON: what may be disclosed. */
  shares: string;
  expires_at: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface ReferralsTable {
  id: string;
  /** Referrals made together (to up to three programs) share a group. */
  group_id: string;
  person_id: string;
  program_id: string;
  consent_id: string;
  level: string | null;
  status: string;
  reason: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** The referring clinician's note to the program. */
  note: string | null;
  /** routine | soon | urgent. */
  urgency: string;
  /** JSON: what intake needs (levels, withdrawal management, payment, schedule, language, who referred). */
  handoff_json: string | null;
  expected_admission_on: string | null;
  admitted_on: string | null;
  /** The first move to `received` (null until then): the acknowledgement the waits are measured to. */
  acknowledged_at: string | null;
  /** The first move to `admitted` (null until then). */
  admitted_at: string | null;
}

export interface ReferralTransitionsTable {
  id: string;
  referral_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  by_user: string;
  at: string;
}

export interface CareTransitionsTable {
  id: string;
  person_id: string;
  previous_assessment_id: string;
  assessment_id: string;
  current_level: string;
  /** What the engine recommended, kept beside what was recorded. */
  engine_action: string;
  engine_to_level: string;
  /** JSON: the engine's whole transition result. */
  engine_json: string;
  rules_version: string;
  action: string;
  to_level: string;
  program_id: string | null;
  effective_on: string;
  note: string | null;
  ended_episode_id: string | null;
  opened_episode_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface AftercarePlansTable {
  id: string;
  person_id: string;
  plan_json: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}
