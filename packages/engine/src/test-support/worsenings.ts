import type { CareCase } from '../case/case-schema.js';
import { INSTRUMENTS } from '../instruments/definitions.js';
import { LEVEL_CODES } from '../levels/levels.js';

/**
 * Test support: every way to make one clinical answer one step worse. Each returns a changed copy,
 * or null when the answer is absent or already at its worst. The safety-monotonicity property
 * checks that none of them lowers the level or withdrawal management, or removes a crisis.
 */

export interface Worsening {
  readonly name: string;
  apply(c: CareCase): CareCase | null;
}

type Rec = Record<string, unknown>;
const clone = (c: CareCase): CareCase => structuredClone(c);

/** Move an enum answer one step toward the worse end of `order` (best first). */
function scaleStep(section: string, field: string, order: readonly string[]): Worsening {
  return {
    name: `${section}.${field}`,
    apply(c) {
      const s = (c as Rec)[section] as Rec | undefined;
      const v = s?.[field];
      if (typeof v !== 'string') return null;
      const i = order.indexOf(v);
      if (i < 0 || i === order.length - 1) return null;
      const out = clone(c);
      ((out as Rec)[section] as Rec)[field] = order[i + 1];
      return out;
    },
  };
}

/** A yes/no answer whose worse value is `worse`. */
function flag(section: string, field: string, worse: boolean): Worsening {
  return {
    name: `${section}.${field}`,
    apply(c) {
      const s = (c as Rec)[section] as Rec | undefined;
      if (s?.[field] !== !worse) return null;
      const out = clone(c);
      ((out as Rec)[section] as Rec)[field] = worse;
      return out;
    },
  };
}

/** A number that is worse higher (or lower, with `lowerIsWorse`). */
function numberStep(section: string, field: string, max: number, lowerIsWorse = false): Worsening {
  return {
    name: `${section}.${field}`,
    apply(c) {
      const s = (c as Rec)[section] as Rec | undefined;
      const v = s?.[field];
      if (typeof v !== 'number') return null;
      const next = lowerIsWorse ? Math.floor(v / 2) : Math.min(max, v + Math.max(1, Math.ceil(v / 3)));
      if (next === v) return null;
      const out = clone(c);
      ((out as Rec)[section] as Rec)[field] = next;
      return out;
    },
  };
}

const substanceWorsenings: Worsening[] = [
  {
    name: 'substances[].daysUsedLast30',
    apply(c) {
      const i = c.substances?.findIndex((s) => s.daysUsedLast30 != null && s.daysUsedLast30 < 30) ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      const s = out.substances![i]!;
      s.daysUsedLast30 = Math.min(30, (s.daysUsedLast30 ?? 0) + 7);
      return out;
    },
  },
  {
    name: 'substances[].disorderSeverity',
    apply(c) {
      const order = ['none', 'mild', 'moderate', 'severe'] as const;
      const i = c.substances?.findIndex((s) => s.disorderSeverity != null && s.disorderSeverity !== 'severe') ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      const s = out.substances![i]!;
      s.disorderSeverity = order[order.indexOf(s.disorderSeverity!) + 1];
      return out;
    },
  },
  {
    name: 'substances[].amountPerDay',
    apply(c) {
      const i = c.substances?.findIndex((s) => s.amountPerDay != null && s.amountPerDay < 1000) ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      const s = out.substances![i]!;
      s.amountPerDay = Math.min(1000, (s.amountPerDay ?? 0) + 3);
      return out;
    },
  },
  {
    name: 'substances[].prescribed',
    apply(c) {
      const i = c.substances?.findIndex((s) => s.prescribed === true) ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      out.substances![i]!.prescribed = false;
      return out;
    },
  },
  {
    name: 'substances[].hoursSinceLastUse',
    apply(c) {
      const i = c.substances?.findIndex((s) => s.hoursSinceLastUse != null && s.hoursSinceLastUse > 0) ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      const s = out.substances![i]!;
      s.hoursSinceLastUse = Math.floor((s.hoursSinceLastUse ?? 0) / 3);
      return out;
    },
  },
];

/** A date moved closer to the day of the assessment (a more recent attempt, overdose or discharge). */
function moreRecent(name: string, get: (c: CareCase) => { on?: string } | undefined, field = 'on'): Worsening {
  return {
    name,
    apply(c) {
      const holder = get(c) as Record<string, unknown> | undefined;
      const date = holder?.[field];
      if (typeof date !== 'string' || c.assessedOn == null || date >= c.assessedOn) return null;
      const out = clone(c);
      const moved = new Date(Math.min(Date.parse(c.assessedOn), Date.parse(date) + 20 * 86_400_000)).toISOString().slice(0, 10);
      (get(out) as Record<string, unknown>)[field] = moved;
      return out;
    },
  };
}

const dateWorsenings: Worsening[] = [
  moreRecent('mentalHealth.lastSuicideAttemptOn', (c) => c.mentalHealth as { on?: string } | undefined, 'lastSuicideAttemptOn'),
  moreRecent('relapsePotential.lastOverdose.on', (c) => c.relapsePotential?.lastOverdose),
  moreRecent('recentDischarge.on', (c) => c.recentDischarge),
];

// 'ongoing' (in treatment now) is not better or worse than how a finished episode ended, so it is left out.
const OUTCOME_ORDER = ['completed-sustained', 'completed-relapsed', 'left-early'] as const;

const episodeWorsenings: Worsening[] = [
  {
    name: 'relapsePotential.priorEpisodes[].outcome',
    apply(c) {
      const eps = c.relapsePotential?.priorEpisodes;
      const i = eps?.findIndex((e) => e.outcome === 'completed-sustained' || e.outcome === 'completed-relapsed') ?? -1;
      if (i < 0) return null;
      const out = clone(c);
      const e = out.relapsePotential!.priorEpisodes![i]!;
      e.outcome = OUTCOME_ORDER[OUTCOME_ORDER.indexOf(e.outcome as (typeof OUTCOME_ORDER)[number]) + 1]!;
      return out;
    },
  },
  {
    name: 'relapsePotential.priorEpisodes[] (another failed episode)',
    apply(c) {
      if (!c.relapsePotential) return null;
      const out = clone(c);
      const level = LEVEL_CODES[(c.relapsePotential.priorEpisodes?.length ?? 0) % LEVEL_CODES.length]!;
      out.relapsePotential!.priorEpisodes = [...(c.relapsePotential.priorEpisodes ?? []), { level, outcome: 'left-early' }];
      return out;
    },
  },
];

const instrumentWorsenings: Worsening[] = INSTRUMENTS.map((def) => ({
  name: `instruments.${def.key}[]`,
  apply(c) {
    const answers = c.instruments?.[def.key];
    if (!answers) return null;
    for (let i = 0; i < answers.length; i++) {
      const item = def.items[i]!;
      const values = item.values;
      const at = values.indexOf(answers[i]!);
      // A reverse-scored item gets worse toward its lowest answer.
      const nextAt = item.reverse ? at - 1 : at + 1;
      if (nextAt < 0 || nextAt >= values.length) continue;
      const out = clone(c);
      out.instruments![def.key]![i] = values[nextAt]!;
      return out;
    }
    return null;
  },
}));

export const WORSENINGS: readonly Worsening[] = [
  ...substanceWorsenings,
  scaleStep('intoxication', 'current', ['none', 'mild', 'severe']),
  flag('intoxication', 'overdoseSigns', true),
  scaleStep('withdrawal', 'current', ['none', 'mild', 'moderate', 'severe']),
  numberStep('withdrawal', 'ciwaAr', 67),
  numberStep('withdrawal', 'cows', 48),
  flag('withdrawal', 'historySeizures', true),
  flag('withdrawal', 'historyDelirium', true),
  flag('withdrawal', 'monitoringAtHome', false),
  scaleStep('physicalHealth', 'status', ['none', 'stable', 'needs-monitoring', 'unstable', 'emergency']),
  flag('physicalHealth', 'pregnant', true),
  numberStep('physicalHealth', 'postpartumWeeks', 0, true),
  flag('physicalHealth', 'seriousIllness', true),
  flag('physicalHealth', 'cognitiveImpairment', true),
  flag('physicalHealth', 'headInjury', true),
  numberStep('withdrawal', 'pawss', 10),
  scaleStep('mentalHealth', 'suicidalThoughts', ['none', 'past', 'recent', 'plan']),
  flag('mentalHealth', 'lethalMeansAccess', true),
  flag('relapsePotential', 'usesAlone', true),
  flag('relapsePotential', 'fentanylExposure', true),
  flag('relapsePotential', 'xylazineExposure', true),
  flag('practical', 'telehealth', false),
  ...dateWorsenings,
  scaleStep('mentalHealth', 'suicideRisk', ['none', 'low', 'moderate', 'high', 'imminent']),
  scaleStep('mentalHealth', 'harmToOthersRisk', ['none', 'low', 'moderate', 'high', 'imminent']),
  scaleStep('mentalHealth', 'psychosis', ['none', 'stable', 'active']),
  scaleStep('mentalHealth', 'functioning', ['adequate', 'mild-impairment', 'moderate-impairment', 'severe-impairment', 'unable-self-care']),
  scaleStep('readiness', 'stage', ['maintenance', 'action', 'preparation', 'contemplation', 'precontemplation']),
  numberStep('readiness', 'importance', 10, true),
  scaleStep('readiness', 'engagement', ['engaged', 'ambivalent', 'resistant', 'refusing']),
  scaleStep('relapsePotential', 'cravings', ['none', 'low', 'moderate', 'high']),
  scaleStep('relapsePotential', 'copingSkills', ['strong', 'adequate', 'limited', 'none']),
  numberStep('relapsePotential', 'longestRecentAbstinenceDays', 0, true),
  flag('relapsePotential', 'overdoseLastYear', true),
  ...episodeWorsenings,
  scaleStep('environment', 'housing', ['recovery-residence', 'stable', 'unstable', 'homeless']),
  flag('environment', 'householdUse', true),
  flag('environment', 'unsafe', true),
  scaleStep('environment', 'support', ['strong', 'some', 'none', 'undermining']),
  flag('environment', 'transportation', false),
  flag('environment', 'legalPressure', true),
  ...instrumentWorsenings,
];
