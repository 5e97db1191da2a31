/**
 * Continued-stay review as data: an ordered table, first match wins. Each row reads a few facts
 * about the reassessment (transition-facts.ts) and names the action. Like the level rules, every
 * row carries a rationale and its public sources (docs/clinical-sources.md).
 */

export const TRANSITION_ACTIONS = ['step-up', 'transfer', 'continue', 'step-down', 'discharge-to-aftercare'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export interface TransitionFacts {
  /** A crisis applies now. */
  readonly crisis: boolean;
  /** Indicated level minus the current level, in ladder steps (positive: more intensive). */
  readonly levelDelta: number;
  /** The indicated level is higher than at the last assessment (like compared with like). */
  readonly indicationRose: boolean;
  /** Some dimension got worse since the last assessment (its rating or its minimum level rose). */
  readonly somethingWorse: boolean;
  /** Use during the current episode of care: a relapse in treatment. */
  readonly relapse: boolean;
  /** Withdrawal now needs a setting the current level does not provide. */
  readonly withdrawalNeedsOtherSetting: boolean;
  /** The indicated level is recovery support or early intervention (care can end with a plan). */
  readonly indicatedIsAftercare: boolean;
}

export type TransitionCondition =
  | {
      readonly fact: 'crisis' | 'indicationRose' | 'somethingWorse' | 'relapse' | 'withdrawalNeedsOtherSetting' | 'indicatedIsAftercare';
      readonly is: boolean;
    }
  | { readonly fact: 'levelDelta'; readonly atLeast?: number; readonly atMost?: number };

export interface TransitionRule {
  readonly id: string;
  readonly when: readonly TransitionCondition[];
  readonly action: TransitionAction;
  /** Whether the move goes to the indicated level (otherwise the person stays where they are). */
  readonly toIndicated: boolean;
  /** Reason code (locale key `transition.<code>`). */
  readonly reason: string;
  readonly rationale: string;
  readonly sources: readonly string[];
}

export const TRANSITION_RULES: readonly TransitionRule[] = [
  {
    id: 't-crisis',
    when: [{ fact: 'crisis', is: true }],
    action: 'step-up',
    toIndicated: true,
    reason: 'crisis-now',
    rationale: 'A crisis at reassessment overrides the plan: emergency help first, then the level that follows it.',
    sources: ['samhsa-crisis-2020'],
  },
  {
    id: 't-step-up',
    when: [
      { fact: 'levelDelta', atLeast: 1 },
      { fact: 'indicationRose', is: true },
    ],
    action: 'step-up',
    toIndicated: true,
    reason: 'needs-more',
    rationale:
      'When the indicated level rose above the one the person is in, step up; relapse calls for adjusting treatment, not ending it.',
    sources: ['iop-advisory-2021', 'nida-principles'],
  },
  {
    id: 't-step-up-worse',
    when: [
      { fact: 'levelDelta', atLeast: 1 },
      { fact: 'somethingWorse', is: true },
    ],
    action: 'step-up',
    toIndicated: true,
    reason: 'needs-more',
    rationale:
      'Below the indicated level (by choice, a waitlist or a denial) and something got worse since: the level the person is in is not holding, so the advice is to step up to the indication.',
    sources: ['iop-advisory-2021', 'nida-principles'],
  },
  {
    id: 't-step-up-relapse',
    when: [
      { fact: 'levelDelta', atLeast: 1 },
      { fact: 'relapse', is: true },
    ],
    action: 'step-up',
    toIndicated: true,
    reason: 'needs-more',
    rationale:
      'Below the indicated level and using again during this episode: the level the person chose is not holding; step up to the indication.',
    sources: ['nida-principles', 'tip-47'],
  },
  {
    id: 't-withdrawal-transfer',
    when: [{ fact: 'withdrawalNeedsOtherSetting', is: true }],
    action: 'transfer',
    toIndicated: false,
    reason: 'withdrawal-elsewhere',
    rationale: 'Withdrawal that now needs a 24-hour or hospital setting is managed there, then care continues.',
    sources: ['asam-awm-2020', 'tip-45'],
  },
  {
    id: 't-still-indicated',
    when: [{ fact: 'levelDelta', atLeast: 1 }],
    action: 'continue',
    toIndicated: false,
    reason: 'still-indicated',
    rationale:
      'Compare like with like: when the indicated level did not rise and nothing got worse since the last assessment, a person who is below it (by choice, a waitlist or a denial) is not stepped up by the reassessment; the indication and the recorded reason stand, and the higher level stays on offer.',
    sources: ['cfr-410-44', 'nida-principles'],
  },
  {
    id: 't-relapse-hold',
    when: [
      { fact: 'levelDelta', atMost: -1 },
      { fact: 'relapse', is: true },
    ],
    action: 'continue',
    toIndicated: false,
    reason: 'relapse-no-step-down',
    rationale: 'A relapse during an episode of care is not success: no step down until use has stopped again and held.',
    sources: ['nida-principles', 'tip-47'],
  },
  {
    id: 't-hold-when-worse',
    when: [
      { fact: 'levelDelta', atMost: -1 },
      { fact: 'somethingWorse', is: true },
    ],
    action: 'continue',
    toIndicated: false,
    reason: 'hold-something-worse',
    rationale:
      'No step down while any dimension got worse (a new risk, a lost home, stronger cravings), even if the overall level would allow it; continued stay is reviewed again when it settles.',
    sources: ['cfr-410-43', 'lcd-l34196', 'tip-47'],
  },
  {
    id: 't-discharge-to-aftercare',
    when: [
      { fact: 'levelDelta', atMost: -1 },
      { fact: 'indicatedIsAftercare', is: true },
    ],
    action: 'discharge-to-aftercare',
    toIndicated: true,
    reason: 'goals-met',
    rationale: 'When treatment goals are met and only recovery support is indicated, discharge with an aftercare plan.',
    sources: ['tip-47', 'lcd-l34196'],
  },
  {
    id: 't-step-down',
    when: [{ fact: 'levelDelta', atMost: -1 }],
    action: 'step-down',
    toIndicated: true,
    reason: 'needs-less',
    rationale: 'When every dimension allows a less intensive level, step down; continued stay needs continued need.',
    sources: ['iop-advisory-2021', 'tip-47', 'cfr-410-44'],
  },
  {
    id: 't-continue',
    when: [],
    action: 'continue',
    toIndicated: false,
    reason: 'still-needed',
    rationale: 'The current level is still the least intensive safe level.',
    sources: ['cfr-410-44', 'nida-principles'],
  },
];

export function transitionMatches(rule: TransitionRule, f: TransitionFacts): boolean {
  for (const c of rule.when) {
    if (c.fact === 'levelDelta') {
      if (c.atLeast !== undefined && f.levelDelta < c.atLeast) return false;
      if (c.atMost !== undefined && f.levelDelta > c.atMost) return false;
    } else if (f[c.fact] !== c.is) return false;
  }
  return true;
}
