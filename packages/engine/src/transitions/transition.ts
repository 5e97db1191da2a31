import type { CareCase } from '../case/case-schema.js';
import type { Decision } from '../determine/decision.js';
import { determine, type CompiledRuleSet } from '../determine/determine.js';
import type { Message } from '../determine/message.js';
import { levelIntensity, withdrawalIntensity, type LevelCode } from '../levels/levels.js';
import type { VarianceReason } from '../levels/variance.js';
import { caseClock } from '../determine/case-dates.js';
import { deriveEpisodes } from '../determine/derive-episode.js';
import type { Dimension } from '../rules/rule-types.js';
import {
  TRANSITION_RULES,
  transitionMatches,
  type TransitionAction,
  type TransitionFacts,
  type TransitionRule,
} from './transition-rules.js';

export interface DimensionChange {
  readonly dimension: Dimension;
  readonly ratingBefore: number;
  readonly ratingAfter: number;
  readonly minimumBefore: LevelCode;
  readonly minimumAfter: LevelCode;
  readonly direction: 'better' | 'worse' | 'same';
}

export interface Transition {
  readonly action: TransitionAction;
  readonly from: LevelCode;
  readonly to: LevelCode;
  /** The level the new assessment indicates on its own. */
  readonly indicated: LevelCode;
  readonly rule: string;
  readonly reason: Message;
  /** Every dimension, with its rating and minimum level before and after. */
  readonly changes: readonly DimensionChange[];
  /** Use came back during this episode of care (a relapse in treatment). */
  readonly relapse: boolean;
  readonly decision: Decision;
}

export interface TransitionInput {
  /** The level the person is in now. */
  readonly currentLevel: LevelCode;
  /**
   * Why the person is in `currentLevel` rather than the level indicated last time, when they are
   * below it (the variance recorded with the last determination).
   */
  readonly chosenBecause?: VarianceReason;
  /** The previous assessment (case or its decision). */
  readonly previous: CareCase | Decision;
  /** The new assessment. */
  readonly current: CareCase;
  readonly rules?: CompiledRuleSet;
}

/** The table ends with a catch-all row, so a match always exists; this names it for the type checker. */
const CONTINUE: TransitionRule = TRANSITION_RULES[TRANSITION_RULES.length - 1]!;

const isDecision = (x: CareCase | Decision): x is Decision => 'dimensions' in x && 'rulesVersion' in x;

/** Any use in the last month of something not taken as prescribed. */
const usedThisMonth = (c: CareCase): boolean =>
  (c.substances ?? []).some((s) => s.name !== 'tobacco' && s.prescribed !== true && (s.daysUsedLast30 == null || s.daysUsedLast30 > 0));

/**
 * A relapse in treatment: use during the current episode (dated), or use again where the last
 * assessment found none in the month before it.
 */
function relapsed(previous: CareCase | Decision, current: CareCase): boolean {
  if (deriveEpisodes(current, caseClock(current, [], [])).relapseInEpisode) return true;
  return !isDecision(previous) && (previous.substances ?? []).length > 0 && !usedThisMonth(previous) && usedThisMonth(current);
}

/** Least intensive withdrawal setting each level can provide within itself. */
function withdrawalProvided(level: LevelCode): number {
  const i = levelIntensity(level);
  if (i >= levelIntensity('inpatient-medical')) return withdrawalIntensity('inpatient');
  if (i >= levelIntensity('residential-low')) return withdrawalIntensity('residential');
  return withdrawalIntensity('ambulatory');
}

function dimensionLists(worse: readonly number[], better: readonly number[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (worse.length > 0) out.worse = worse.join(', ');
  if (better.length > 0) out.better = better.join(', ');
  return out;
}

/**
 * Continued-stay review: compare a reassessment with the last one and the level the person is in,
 * and recommend continue, step down, step up, transfer or discharge to aftercare, with the
 * dimensions that changed. Pure, like the rest of the engine.
 */
export function transition(input: TransitionInput): Transition {
  const before = isDecision(input.previous) ? input.previous : determine(input.previous, input.rules);
  // The level the person is in is a fact the rules read (a relapse there, a step down from 24-hour care).
  const current: CareCase = input.current.currentEpisode
    ? input.current
    : { ...input.current, currentEpisode: { level: input.currentLevel } };
  const after = determine(current, input.rules);
  const changes: DimensionChange[] = after.dimensions.map((d, i) => {
    const b = before.dimensions[i] ?? d;
    const rose = levelIntensity(d.minimumLevel) - levelIntensity(b.minimumLevel);
    const delta = d.rating - b.rating;
    return {
      dimension: d.dimension,
      ratingBefore: b.rating,
      ratingAfter: d.rating,
      minimumBefore: b.minimumLevel,
      minimumAfter: d.minimumLevel,
      direction: rose > 0 || (rose === 0 && delta > 0) ? 'worse' : rose < 0 || delta < 0 ? 'better' : 'same',
    };
  });
  const facts: TransitionFacts = {
    crisis: after.crisis !== null,
    levelDelta: levelIntensity(after.level) - levelIntensity(input.currentLevel),
    indicationRose: levelIntensity(after.level) > levelIntensity(before.level),
    somethingWorse: changes.some((c) => c.direction === 'worse'),
    relapse: relapsed(input.previous, current),
    withdrawalNeedsOtherSetting:
      after.withdrawalManagement !== 'none' && withdrawalIntensity(after.withdrawalManagement) > withdrawalProvided(input.currentLevel),
    indicatedIsAftercare: levelIntensity(after.level) <= levelIntensity('early-intervention'),
  };
  const rule = TRANSITION_RULES.find((r) => transitionMatches(r, facts)) ?? CONTINUE;
  const worse = changes.filter((c) => c.direction === 'worse').map((c) => c.dimension);
  const better = changes.filter((c) => c.direction === 'better').map((c) => c.dimension);
  const reasonFacts: Record<string, string> = dimensionLists(worse, better);
  if (rule.reason === 'still-indicated') {
    // Say what holds the indication, in one sentence when two dimensions set it together.
    reasonFacts.indicated = after.level;
    reasonFacts.current = input.currentLevel;
    if (after.binding.length > 0) reasonFacts.dimensions = after.binding.join(',');
    if (input.chosenBecause !== undefined) reasonFacts.because = input.chosenBecause;
  }
  return {
    action: rule.action,
    from: input.currentLevel,
    to: rule.toIndicated ? after.level : input.currentLevel,
    indicated: after.level,
    rule: rule.id,
    reason: { code: rule.reason, ...(Object.keys(reasonFacts).length > 0 ? { facts: reasonFacts } : {}) },
    changes,
    relapse: facts.relapse,
    decision: after,
  };
}
