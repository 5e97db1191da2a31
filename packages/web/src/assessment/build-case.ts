import type { CareCase } from '@carelevel/engine';
import { localToday } from '../local-date.js';
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

/** DSM-5 counts criteria: 2–3 mild, 4–5 moderate, 6 or more severe (the case format's `disorderSeverity`). */
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

/**
 * The person's own answer about suicidal thoughts is a screen, not a risk assessment: the engine
 * turns thoughts into an urgent "talk to someone today", and a plan or intent into a crisis.
 */
const SUICIDAL_THOUGHTS: Readonly<Record<string, string>> = { none: 'none', past: 'past', thoughts: 'recent', plan: 'plan' };
const HARM: Readonly<Record<string, string>> = { no: 'none', worried: 'moderate', now: 'imminent' };
/** AUDIT-C's drinks-a-day answer as standard drinks (the top of each band, to be safe). */
const DRINKS_PER_DAY: readonly number[] = [2, 4, 6, 9, 12];
/** Where a stay in the last month ended, by the answer. */
const STAY: Readonly<Record<string, { fromLevel: string; reason: string }>> = {
  'mental-health': { fromLevel: 'inpatient-medical', reason: 'mental-health' },
  'substance-use': { fromLevel: 'residential-medical', reason: 'substance-use' },
  emergency: { fromLevel: 'emergency-department', reason: 'substance-use' },
};

/** A day `daysBack` before `today`, written YYYY-MM-DD (the device's own calendar). */
const daysBefore = (today: string, daysBack: number): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) - daysBack * 86_400_000).toISOString().slice(0, 10);

/**
 * Turn the self-assessment answers into a `carelevel-case/1` document, on the device. Unanswered and
 * "not sure" answers are left out, so the engine lists what it assumed.
 */
export function buildCase(given: Answers, today: string = localToday()): CareCase {
  const a = shownAnswers(given);
  const danger = many(a, 'dangerNow');
  const age = num(one(a, 'age'));
  const who = one(a, 'who');
  const names = many(a, 'substances').filter((s) => s !== 'none');
  const drinks = num(one(a, 'auditQuantity'));
  const substances = names.map((name) => ({
    name,
    daysUsedLast30: num(one(a, 'daysUsed')),
    hoursSinceLastUse: num(one(a, 'lastUse')),
    disorderSeverity: disorderSeverity(a),
    amountPerDay: name === 'alcohol' && drinks !== undefined ? DRINKS_PER_DAY[drinks] : undefined,
    prescribed: name === 'benzodiazepines' ? yesNo(one(a, 'pillsPrescribed')) : undefined,
  }));
  const stay = STAY[one(a, 'recentStay') ?? ''];
  const stayWhen = one(a, 'recentStayWhen');
  const pregnancy = one(a, 'pregnant');
  const seizure = one(a, 'seizureHistory');
  const priorEpisodes = PRIOR_LEVELS.flatMap(([level]) => {
    const outcome = many(a, 'prior').includes(level) ? one(a, `prior-${level}`) : undefined;
    return outcome === undefined ? [] : [{ level, outcome }];
  });
  const zip = one(a, 'zip');
  const phq9 = items(a, ['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9']);
  const doc: Json = {
    assessedOn: today,
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
    recentDischarge: stay && stayWhen ? { ...stay, on: daysBefore(today, stayWhen === 'week' ? 3 : 18) } : undefined,
    physicalHealth: {
      status: danger.includes('medical') ? 'emergency' : one(a, 'physical'),
      pregnant: pregnancy === 'yes' ? true : pregnancy === undefined || pregnancy === 'unsure' ? undefined : false,
      postpartumWeeks: pregnancy === 'birth-recent' ? 6 : pregnancy === 'birth-earlier' ? 26 : undefined,
    },
    mentalHealth: {
      suicidalThoughts: SUICIDAL_THOUGHTS[one(a, 'suicide') ?? ''],
      lastSuicideAttemptOn: one(a, 'attempt') === 'yes' ? daysBefore(today, 30) : undefined,
      lethalMeansAccess: yesNo(one(a, 'lethalMeans')),
      harmToOthersRisk: HARM[one(a, 'harmOthers') ?? ''],
      psychosis: one(a, 'psychosis'),
      functioning: one(a, 'functioning'),
    },
    readiness: { stage: one(a, 'stage'), importance: num(one(a, 'importance')), engagement: one(a, 'engagement') },
    relapsePotential: {
      cravings: one(a, 'cravings'),
      copingSkills: one(a, 'coping') ?? one(a, 'copingMood'),
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
      telehealth: yesNo(one(a, 'telehealth')),
    },
    instruments: {
      auditC: items(a, ['auditFrequency', 'auditQuantity', 'auditBinge']),
      phq9,
      phq2: phq9 === undefined ? items(a, ['phq1', 'phq2']) : undefined,
    },
  };
  return { format: 'carelevel-case/1', ...(compact(doc) ?? {}) };
}
