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
  /** Some dimension's minimum level rose since the last assessment. */
  readonly minimumRose: boolean;
  /** Withdrawal now needs a setting the current level does not provide. */
  readonly withdrawalNeedsOtherSetting: boolean;
  /** The indicated level is recovery support or early intervention (care can end with a plan). */
  readonly indicatedIsAftercare: boolean;
}

export type TransitionCondition =
  | { readonly fact: 'crisis' | 'minimumRose' | 'withdrawalNeedsOtherSetting' | 'indicatedIsAftercare'; readonly is: boolean }
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
    when: [{ fact: 'levelDelta', atLeast: 1 }],
    action: 'step-up',
    toIndicated: true,
    reason: 'needs-more',
    rationale: 'When the current level no longer holds the risks, step up; relapse calls for adjusting treatment, not ending it.',
    sources: ['iop-advisory-2021', 'nida-principles'],
  },
  {
    id: 't-hold-when-worse',
    when: [
      { fact: 'levelDelta', atMost: -1 },
      { fact: 'minimumRose', is: true },
    ],
    action: 'continue',
    toIndicated: false,
    reason: 'hold-something-worse',
    rationale:
      'No step down while any dimension got worse in a way that raises its minimum level, even if the overall level would allow it.',
    sources: ['cfr-410-43', 'lcd-l34196'],
  },
  {
    id: 't-withdrawal-transfer',
    when: [
      { fact: 'levelDelta', atMost: 0 },
      { fact: 'withdrawalNeedsOtherSetting', is: true },
    ],
    action: 'transfer',
    toIndicated: false,
    reason: 'withdrawal-elsewhere',
    rationale: 'Withdrawal that now needs a 24-hour or hospital setting is managed there, then care continues.',
    sources: ['asam-awm-2020', 'tip-45'],
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
