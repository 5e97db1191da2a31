import type { AftercarePlan, LevelCode, Recommendation, VarianceReason } from '@carelevel/engine';

/** The server's shapes as the workspace reads them (docs/api.md). Only what the pages use. */

export const ROLES = ['admin', 'clinician', 'navigator', 'program-staff'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that work with people's records directly (program staff only through a consent). */
export const CARE_TEAM: readonly Role[] = ['admin', 'clinician', 'navigator'];
/** Roles that may run and sign assessments. */
export const ASSESSORS: readonly Role[] = ['admin', 'clinician'];

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly programs: readonly string[];
}

export interface SessionView {
  readonly user: UserView;
  readonly via?: 'session' | 'token';
  /** The second-factor setting applies to this account and it has none yet: enrol before anything else. */
  readonly mustEnrolSecondFactor?: boolean;
}

export interface SignInAnswer extends SessionView {
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface PersonView {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly preferredLanguage: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PeoplePage {
  readonly total: number;
  readonly people: readonly PersonView[];
  readonly limit: number;
  readonly offset: number;
}

export interface AssessmentView {
  readonly id: string;
  readonly personId: string;
  readonly revision: number;
  readonly supersedes: string | null;
  readonly case: unknown;
  readonly recommendation: Recommendation;
  readonly rulesVersion: string;
  readonly indicatedLevel: LevelCode;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly signedBy: string | null;
  readonly signedAt: string | null;
  /** The latest determination recorded on it (the server sends it with a single assessment). */
  readonly latestDetermination?: DeterminationView | null;
}

/** A clinician's change to one dimension's rating, kept beside the engine's with a written reason. */
export interface RatingAdjustment {
  readonly dimension: number;
  /** The stored recommendation's rating, sent back so an adjustment to an older reading is refused. */
  readonly engineRating: number;
  readonly adjustedRating: number;
  readonly rationale: string;
}

export { VARIANCE_REASONS, type VarianceReason } from '@carelevel/engine';

export interface DeterminationView {
  readonly id: string;
  readonly assessmentId: string;
  readonly indicatedLevel: LevelCode;
  readonly chosenLevel: LevelCode;
  readonly varianceReason: VarianceReason | null;
  readonly note: string | null;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly adjustments?: readonly RatingAdjustment[];
}

export interface EpisodeView {
  readonly id: string;
  readonly programId: string | null;
  readonly level: LevelCode;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly outcome: string | null;
}

export interface InstrumentScoreView {
  /** The engine's key (`phq9`, `ciwaAr`, …). */
  readonly instrument: string;
  readonly name: string;
  readonly total: number;
  readonly max: number;
  readonly band: string;
}

export interface TimelineAssessment {
  readonly id: string;
  readonly at: string;
  readonly indicatedLevel: LevelCode;
  readonly rulesVersion: string;
  readonly signedAt: string | null;
  /** Added by the server (issue 6); computed in the browser from the case until then. */
  readonly scores?: readonly InstrumentScoreView[] | null;
}

export interface TimelineDetermination extends DeterminationView {
  readonly at: string;
}

/** A recorded continued-stay decision, beside the engine's advice. */
export interface TransitionView {
  readonly id: string;
  readonly previousAssessmentId: string;
  readonly assessmentId: string;
  readonly currentLevel: LevelCode;
  readonly engineAction: string;
  readonly engineToLevel: LevelCode;
  readonly rulesVersion: string;
  readonly action: string;
  readonly toLevel: LevelCode;
  readonly followedEngine: boolean;
  readonly programId: string | null;
  readonly effectiveOn: string;
  readonly note: string | null;
  readonly changedDimensions: readonly { dimension: number; direction: string; ratingBefore: number; ratingAfter: number }[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface TimelineReferral {
  readonly id: string;
  readonly programId: string;
  readonly programName?: string | null;
  readonly status: string;
  readonly level?: LevelCode | null;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

export interface TimelineView {
  readonly personId: string;
  readonly episodes: readonly EpisodeView[];
  readonly assessments: readonly TimelineAssessment[];
  readonly determinations: readonly TimelineDetermination[];
  readonly transitions?: readonly TransitionView[];
  readonly referrals?: readonly TimelineReferral[];
}

export interface AuditEventView {
  readonly id?: string;
  readonly at?: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly personId?: string | null;
}

// ---- Referrals, consents, aftercare plans and reports (issue 6, items 5–7) ----

/** A referral's states, mirroring FHIR Task.status (docs/api.md, "Referral states"). */
export const REFERRAL_STATUSES = [
  'requested',
  'received',
  'accepted',
  'waitlisted',
  'declined',
  'admitted',
  'completed',
  'cancelled',
  'no-show',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface ReferralTransitionView {
  readonly from: ReferralStatus | null;
  readonly to: ReferralStatus;
  readonly reason: string | null;
  readonly by: string;
  readonly at: string;
}

export interface ReferralView {
  readonly id: string;
  readonly groupId: string;
  readonly personId: string;
  readonly programId: string;
  readonly consentId: string;
  readonly level: LevelCode | null;
  readonly status: ReferralStatus;
  readonly fhirTaskStatus: string;
  readonly reason: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Full history on a single read; empty in lists. */
  readonly transitions: readonly ReferralTransitionView[];
  /** Added by the server in issue 6; computed from `transitions` when absent. */
  readonly acknowledgedAt?: string | null;
  readonly admittedAt?: string | null;
  readonly hoursToAcknowledge?: number | null;
  readonly hoursToAdmission?: number | null;
}

export interface ReferralList {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly referrals: readonly ReferralView[];
}

export const CONSENT_SHARES = ['demographics', 'assessments', 'timeline', 'aftercare'] as const;
export type ConsentShare = (typeof CONSENT_SHARES)[number];
export const CONSENT_PURPOSES = ['referral', 'care-coordination', 'continuing-care'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentView {
  readonly id: string;
  readonly personId: string;
  readonly programId: string;
  readonly purpose: ConsentPurpose;
  readonly shares: readonly ConsentShare[];
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly live: boolean;
}

export interface AftercarePlanView {
  readonly personId: string;
  readonly plan: AftercarePlan;
  readonly version: number;
  readonly updatedAt: string;
}

/** How long referrals waited for a milestone over a report's window. */
export interface WaitingTimeView {
  readonly measured: number;
  readonly notYet: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

/** `GET /api/v1/reports/summary?from&to` (admin): aggregates only, never a person. */
export interface SummaryReportView {
  readonly from: string;
  readonly to: string;
  readonly placements: { readonly total: number; readonly byChosenLevel: readonly { level: string; count: number }[] };
  readonly variance: {
    readonly total: number;
    readonly byReason: readonly { reason: string | null; count: number }[];
    readonly byLevels: readonly { indicatedLevel: string; chosenLevel: string; count: number }[];
  };
  readonly referrals: { readonly total: number; readonly byStatus: readonly { status: string; count: number }[] };
  readonly waiting: { readonly toAcknowledge: WaitingTimeView; readonly toAdmission: WaitingTimeView };
}
