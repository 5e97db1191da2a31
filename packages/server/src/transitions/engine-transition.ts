import {
  formatMessage,
  isLevelCode,
  levelIntensity,
  LOCALE_MESSAGES,
  transition,
  VARIANCE_REASONS,
  type CareCase,
  type LevelCode,
  type Locale,
  type Transition,
  type VarianceReason,
} from '@carelevel/engine';
import type { Kysely } from 'kysely';
import { ApiError, type FieldError } from '../errors/catalogue.js';
import type { ServerTables } from '../storage/tables.js';

/** What the staff workspace shows of the engine's continued-stay review (the full decision is stored). */
export interface EngineTransitionView {
  readonly action: Transition['action'];
  readonly from: LevelCode;
  readonly to: LevelCode;
  readonly indicated: LevelCode;
  readonly rule: string;
  readonly reason: Transition['reason'];
  readonly changes: Transition['changes'];
  readonly withdrawalManagement: Transition['decision']['withdrawalManagement'];
  readonly crisis: Transition['decision']['crisis'];
  readonly rulesVersion: string;
  /** The action and reason in words, in the locale asked for. */
  readonly actionText: string;
  readonly reasonText: string;
}

export function engineTransitionView(t: Transition, locale: Locale): EngineTransitionView {
  const m = LOCALE_MESSAGES[locale];
  return {
    action: t.action,
    from: t.from,
    to: t.to,
    indicated: t.indicated,
    rule: t.rule,
    reason: t.reason,
    changes: t.changes,
    withdrawalManagement: t.decision.withdrawalManagement,
    crisis: t.decision.crisis,
    rulesVersion: t.decision.rulesVersion,
    actionText: m.transitionAction[t.action],
    reasonText: formatMessage('transition', t.reason, m),
  };
}

export interface ReviewedPair {
  readonly transition: Transition;
  readonly previousAt: string;
  readonly currentAt: string;
}

/**
 * Run the engine's continued-stay review on two of the person's stored assessments. Both must be
 * this person's, and the previous one must be the older: a review compares forward in time.
 */
export async function reviewStoredPair(
  db: Kysely<ServerTables>,
  personId: string,
  ids: { readonly previousAssessmentId: string; readonly assessmentId: string },
  currentLevel: LevelCode,
): Promise<ReviewedPair> {
  const rows = await db
    .selectFrom('assessments')
    .select(['id', 'case_json', 'created_at'])
    .where('person_id', '=', personId)
    .where('id', 'in', [ids.previousAssessmentId, ids.assessmentId])
    .execute();
  const previous = rows.find((r) => r.id === ids.previousAssessmentId);
  const current = rows.find((r) => r.id === ids.assessmentId);
  const errors: FieldError[] = [];
  if (!previous) errors.push({ path: 'body.previousAssessmentId', message: "must be one of this person's assessments" });
  if (!current) errors.push({ path: 'body.assessmentId', message: "must be one of this person's assessments" });
  if (ids.previousAssessmentId === ids.assessmentId)
    errors.push({ path: 'body.assessmentId', message: 'must differ from previousAssessmentId' });
  else if (previous && current && previous.created_at > current.created_at)
    errors.push({ path: 'body.previousAssessmentId', message: 'must be older than assessmentId' });
  if (errors.length > 0 || !previous || !current) throw new ApiError('invalid-request', errors);
  const chosenBecause = await varianceBelowIndication(db, previous.id, currentLevel);
  // Stored cases passed the engine's validator when they were assessed, so they are CareCase documents.
  const t = transition({
    currentLevel,
    previous: JSON.parse(previous.case_json) as CareCase,
    current: JSON.parse(current.case_json) as CareCase,
    ...(chosenBecause ? { chosenBecause } : {}),
  });
  return { transition: t, previousAt: previous.created_at, currentAt: current.created_at };
}

/**
 * Why the person is below the level indicated at the previous assessment, from its latest
 * determination: the review then compares like with like instead of calling the old gap a step up.
 */
async function varianceBelowIndication(
  db: Kysely<ServerTables>,
  assessmentId: string,
  currentLevel: LevelCode,
): Promise<VarianceReason | undefined> {
  const row = await db
    .selectFrom('determinations')
    .select(['indicated_level', 'variance_reason'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row || !isLevelCode(row.indicated_level) || levelIntensity(row.indicated_level) <= levelIntensity(currentLevel)) return undefined;
  const reason = row.variance_reason;
  return reason !== null && (VARIANCE_REASONS as readonly string[]).includes(reason) ? (reason as VarianceReason) : undefined;
}
