import type { DirectoryTables } from '@carelevel/directory';
import type { Generated } from 'kysely';

/**
 * Columns of the server's tables. Times are ISO 8601 text and documents are JSON text so SQLite and
 * PostgreSQL read and compare them alike. Every mutable row carries `version` for optimistic locking.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  /** JSON: program ids, for program staff. */
  programs: string;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  /** Set while the account is disabled: no sign-in, no session, no token works. */
  disabled_at: string | null;
  /** The TOTP secret (base32) once a second factor is enrolled and confirmed. */
  totp_secret: string | null;
  /** A secret shown for enrolment, kept until the first code from it confirms it. */
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice (bigint: text from PostgreSQL). */
  totp_last_step: number | string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** The address the session signed in from (bounded, as every stored header value). */
  ip: string;
}

/** One-time codes that stand in for the second factor when the phone is lost; stored as hashes. */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

/** Settings an administrator changes at run time (JSON values), shared by every instance. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

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

export interface AuditEventsTable {
  /** PostgreSQL's bigserial arrives as a string (it may exceed 2^53), SQLite's as a number. */
  seq: Generated<number | string>;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  ip: string;
  /** The hash of the row before (64 zeros for the first), and of this row with it: a chain. */
  prev_hash: string;
  hash: string;
}

export interface ServerOwnTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  people: PeopleTable;
  assessments: AssessmentsTable;
  determinations: DeterminationsTable;
  episodes: EpisodesTable;
  referrals: ReferralsTable;
  referral_transitions: ReferralTransitionsTable;
  consents: ConsentsTable;
  aftercare_plans: AftercarePlansTable;
  care_transitions: CareTransitionsTable;
  audit_events: AuditEventsTable;
  recovery_codes: RecoveryCodesTable;
  settings: SettingsTable;
}

export type ServerTables = DirectoryTables & ServerOwnTables;
