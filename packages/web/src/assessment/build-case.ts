import type { CareCase } from '@carelevel/engine';
import { many, one } from '../questions/answer-helpers.js';
import { PRIOR_LEVELS } from '../questions/steps-recovery.js';
import { shownAnswers } from '../questions/question-set.js';
import type { Answers } from '../questions/question-types.js';

type Json = Record<string, unknown>;

const yesNo = (v: string | undefined): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);
const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));

/** Drop undefined fields and empty groups so the case says only what was answered. */
function compact(o: Json): Json | undefined {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const inner = compact(v as Json);
      if (inner !== undefined) out[k] = inner;
    } else out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** DSM-5 counts criteria: 2–3 mild, 4–5 moderate, 6 or more severe (case-format.md). */
function disorderSeverity(a: Answers): string | undefined {
  if (a['problems'] === undefined) return undefined;
  const n = many(a, 'problems').filter((p) => p !== 'none').length;
  return n >= 6 ? 'severe' : n >= 4 ? 'moderate' : n >= 2 ? 'mild' : 'none';
}

/** Instrument items, only when every item was answered (a partial instrument would score wrong). */
function items(a: Answers, ids: readonly string[]): number[] | undefined {
  const vs = ids.map((id) => num(one(a, id)));
  return vs.every((v) => v !== undefined) ? vs : undefined;
}

const SUICIDE: Readonly<Record<string, string>> = { none: 'none', past: 'low', thoughts: 'moderate', plan: 'imminent' };
const HARM: Readonly<Record<string, string>> = { no: 'none', worried: 'moderate', now: 'imminent' };

/**
 * Turn the self-assessment answers into a `carelevel-case/1` document, on the device. Unanswered and
 * "not sure" answers are left out, so the engine lists what it assumed.
 */
export function buildCase(given: Answers): CareCase {
  const a = shownAnswers(given);
  const danger = many(a, 'dangerNow');
  const age = num(one(a, 'age'));
  const who = one(a, 'who');
  const names = many(a, 'substances').filter((s) => s !== 'none');
  const substances = names.map((name) => ({
    name,
    daysUsedLast30: num(one(a, 'daysUsed')),
    hoursSinceLastUse: num(one(a, 'lastUse')),
    disorderSeverity: disorderSeverity(a),
  }));
  const seizure = one(a, 'seizureHistory');
  const priorEpisodes = PRIOR_LEVELS.flatMap(([level]) => {
    const outcome = many(a, 'prior').includes(level) ? one(a, `prior-${level}`) : undefined;
    return outcome === undefined ? [] : [{ level, outcome }];
  });
  const zip = one(a, 'zip');
  const phq9 = items(a, ['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9']);
  const doc: Json = {
    population: age === undefined ? undefined : age < 18 ? 'adolescent' : 'adult',
    ageYears: age,
    sex: who === 'he' ? 'male' : who === 'she' ? 'female' : undefined,
    primaryConcern: one(a, 'concern'),
    substances: substances.length > 0 ? substances.map((s) => compact(s)) : undefined,
    intoxication: { overdoseSigns: danger.includes('overdose') ? true : undefined },
    withdrawal: {
      current: danger.includes('severeWithdrawal') ? 'severe' : one(a, 'withdrawalNow'),
      historySeizures: seizure === undefined ? undefined : seizure === 'seizure',
      historyDelirium: seizure === undefined ? undefined : seizure === 'delirium',
      monitoringAtHome: yesNo(one(a, 'monitoring')),
    },
    physicalHealth: {
      status: danger.includes('medical') ? 'emergency' : one(a, 'physical'),
      pregnant: yesNo(one(a, 'pregnant')),
    },
    mentalHealth: {
      suicideRisk: SUICIDE[one(a, 'suicide') ?? ''],
      harmToOthersRisk: HARM[one(a, 'harmOthers') ?? ''],
      psychosis: one(a, 'psychosis'),
      functioning: one(a, 'functioning'),
    },
    readiness: { stage: one(a, 'stage'), importance: num(one(a, 'importance')), engagement: one(a, 'engagement') },
    relapsePotential: {
      cravings: one(a, 'cravings'),
      copingSkills: one(a, 'coping'),
      longestRecentAbstinenceDays: num(one(a, 'longestAbstinence')),
      overdoseLastYear: yesNo(one(a, 'overdose')),
      // An empty list is an answer ("no treatment before"), so it is kept when the question was answered.
      priorEpisodes: priorEpisodes.length > 0 || many(a, 'prior').includes('none') ? priorEpisodes : undefined,
    },
    environment: {
      housing: one(a, 'housing'),
      householdUse: one(a, 'housing') === 'homeless' ? undefined : yesNo(one(a, 'householdUse')),
      unsafe: yesNo(one(a, 'unsafe')),
      support: one(a, 'support'),
      transportation: yesNo(one(a, 'transport')),
      legalPressure: yesNo(one(a, 'legal')),
    },
    practical: {
      obligations: a['obligations'] === undefined ? undefined : many(a, 'obligations').filter((o) => o !== 'none'),
      canPauseObligations: yesNo(one(a, 'canPause')),
      coverage: one(a, 'coverage'),
      preference: one(a, 'preference'),
      scheduleWindows: many(a, 'schedule').length > 0 ? many(a, 'schedule') : undefined,
      zip: zip !== undefined && /^\d{5}$/.test(zip) ? zip : undefined,
      language: one(a, 'language'),
    },
    instruments: {
      auditC: items(a, ['auditFrequency', 'auditQuantity', 'auditBinge']),
      phq9,
      phq2: phq9 === undefined ? items(a, ['phq1', 'phq2']) : undefined,
    },
  };
  return { format: 'carelevel-case/1', ...(compact(doc) ?? {}) };
}
