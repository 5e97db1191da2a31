import { DomainError, failIf, type EngineTransitionView, type FieldIssue } from '@carelevel/contract';
import {
  formatMessage,
  isCareCase,
  isLevelCode,
  levelIntensity,
  LOCALE_MESSAGES,
  transition,
  VARIANCE_REASONS,
  type LevelCode,
  type Locale,
  type Transition,
  type VarianceReason,
} from '@carelevel/engine';
import type { Db } from '../db/db.js';
import { storedDocument } from '../db/stored.js';
import { assessmentPair, latestVariance } from './transition-store.js';

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

/**
 * Run the engine's continued-stay review on two of the person's stored assessments. Both must be
 * this person's, and the previous one must be the older: a review compares forward in time.
 */
export async function reviewStoredPair(
  db: Db,
  personId: string,
  ids: { readonly previousAssessmentId: string; readonly assessmentId: string },
  currentLevel: LevelCode,
): Promise<Transition> {
  const rows = await assessmentPair(db, personId, [ids.previousAssessmentId, ids.assessmentId]);
  const previous = rows.find((r) => r.id === ids.previousAssessmentId);
  const current = rows.find((r) => r.id === ids.assessmentId);
  const issues: FieldIssue[] = [];
  if (!previous) issues.push({ path: ['body', 'previousAssessmentId'], message: "must be one of this person's assessments" });
  if (!current) issues.push({ path: ['body', 'assessmentId'], message: "must be one of this person's assessments" });
  if (ids.previousAssessmentId === ids.assessmentId)
    issues.push({ path: ['body', 'assessmentId'], message: 'must differ from previousAssessmentId' });
  else if (previous && current && previous.created_at > current.created_at)
    issues.push({ path: ['body', 'previousAssessmentId'], message: 'must be older than assessmentId' });
  failIf('invalid-request', issues);
  if (!previous || !current) throw new DomainError('invalid-request', issues);
  const chosenBecause = await varianceBelowIndication(db, previous.id, currentLevel);
  // Stored cases passed the engine's validator when they were assessed, so they are CareCase documents.
  return transition({
    currentLevel,
    previous: storedDocument(previous.case_json, isCareCase, 'assessments.case_json'),
    current: storedDocument(current.case_json, isCareCase, 'assessments.case_json'),
    ...(chosenBecause ? { chosenBecause } : {}),
  });
}

const isVarianceReason = (value: string | null): value is VarianceReason => VARIANCE_REASONS.some((r) => r === value);

/**
 * Why the person is below the level indicated at the previous assessment, from its latest
 * determination: the review then compares like with like instead of calling the old gap a step up.
 */
async function varianceBelowIndication(db: Db, assessmentId: string, currentLevel: LevelCode): Promise<VarianceReason | undefined> {
  const row = await latestVariance(db, assessmentId);
  if (!row || !isLevelCode(row.indicated_level) || levelIntensity(row.indicated_level) <= levelIntensity(currentLevel)) return undefined;
  return isVarianceReason(row.variance_reason) ? row.variance_reason : undefined;
}
