import fc from 'fast-check';
import {
  COPING,
  CRAVINGS,
  DISORDER_SEVERITIES,
  ENGAGEMENT,
  EPISODE_OUTCOMES,
  FUNCTIONING,
  HOUSING,
  INTOXICATION,
  OBLIGATIONS,
  PHYSICAL_STATUSES,
  PREFERENCES,
  PSYCHOSIS,
  RISK_LEVELS,
  ROUTES,
  SCHEDULE_WINDOWS,
  STAGES,
  SUBSTANCES,
  SUPPORT,
  WITHDRAWAL_SEVERITIES,
  COVERAGE,
  SUICIDAL_THOUGHTS,
  DISCHARGE_SETTINGS,
  DISCHARGE_REASONS,
  type CareCase,
} from '../case/case-schema.js';
import { INSTRUMENTS } from '../instruments/definitions.js';
import { LEVEL_CODES } from '../levels/levels.js';

/** Test support only (excluded from the build): fast-check generators of valid cases. */

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

/**
 * Uniform picks alone make most generated cases severe in some dimension, which hides bugs that
 * only show near the bottom of the ladder; so half the cases lean to the milder answers (`gentle`).
 */
let gentle = false;
const pick = <T extends string>(values: readonly T[]): fc.Arbitrary<T> =>
  gentle
    ? fc.oneof({ arbitrary: fc.constantFrom(...values.slice(0, 2)), weight: 5 }, { arbitrary: fc.constantFrom(...values), weight: 1 })
    : fc.constantFrom(...values);
/** A yes/no answer where `true` is the risky one. */
const risk = (): fc.Arbitrary<boolean> =>
  gentle ? fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.boolean(), weight: 1 }) : fc.boolean();
/** A yes/no answer where `false` is the risky one. */
const protective = (): fc.Arbitrary<boolean> => risk().map((b) => !b);

const instrumentAnswers = fc.record(
  Object.fromEntries(
    INSTRUMENTS.map((def) => [
      def.key,
      maybe(
        fc
          .integer({
            min: def.minItems ?? def.items.length,
            max: def.items.length,
          })
          .chain((n) => fc.tuple(...def.items.slice(0, n).map((item) => fc.constantFrom(...item.values)))),
      ),
    ]),
  ),
  { requiredKeys: [] },
);

/** Dates within a few months of 2026-12-01, the day generated cases are taken (when they say so). */
const recentDate = fc
  .integer({ min: 0, max: 400 })
  .map((daysBack) => new Date(Date.UTC(2026, 11, 1) - daysBack * 86_400_000).toISOString().slice(0, 10));

/** Drop keys whose value is undefined, as a JSON document would. */
function compact<T extends object>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

function caseArbitrary(): fc.Arbitrary<CareCase> {
  return fc
    .record(
      {
        population: maybe(pick(['adult', 'adolescent'] as const)),
        ageYears: maybe(fc.integer({ min: 12, max: 90 })),
        sex: maybe(pick(['female', 'male', 'other'] as const)),
        assessedOn: maybe(fc.constant('2026-12-01')),
        currentEpisode: maybe(fc.record({ level: pick(LEVEL_CODES), startedOn: maybe(recentDate) }, { requiredKeys: ['level'] })),
        recentDischarge: maybe(
          fc.record(
            { fromLevel: pick(DISCHARGE_SETTINGS), on: recentDate, reason: maybe(pick(DISCHARGE_REASONS)) },
            { requiredKeys: ['fromLevel', 'on'] },
          ),
        ),
        primaryConcern: maybe(pick(['substance-use', 'mental-health', 'co-occurring'] as const)),
        substances: maybe(
          fc.array(
            fc.record(
              {
                name: pick(SUBSTANCES),
                daysUsedLast30: maybe(fc.oneof(fc.constant(0), fc.constant(30), fc.integer({ min: 0, max: 30 }))),
                route: maybe(pick(ROUTES)),
                hoursSinceLastUse: maybe(fc.integer({ min: 0, max: 5000 })),
                disorderSeverity: maybe(pick(DISORDER_SEVERITIES)),
                prescribed: maybe(protective()),
                amountPerDay: maybe(fc.integer({ min: 0, max: 20 })),
              },
              { requiredKeys: ['name'] },
            ),
            { maxLength: 3 },
          ),
        ),
        intoxication: maybe(
          fc.record({
            current: maybe(pick(INTOXICATION)),
            overdoseSigns: maybe(risk()),
          }),
        ),
        withdrawal: maybe(
          fc.record({
            current: maybe(pick(WITHDRAWAL_SEVERITIES)),
            ciwaAr: maybe(fc.integer({ min: 0, max: 67 })),
            cows: maybe(fc.integer({ min: 0, max: 48 })),
            historySeizures: maybe(risk()),
            historyDelirium: maybe(risk()),
            monitoringAtHome: maybe(protective()),
            pawss: maybe(fc.integer({ min: 0, max: 10 })),
          }),
        ),
        physicalHealth: maybe(
          fc.record({
            status: maybe(pick(PHYSICAL_STATUSES)),
            pregnant: maybe(risk()),
            conditions: maybe(fc.array(fc.string(), { maxLength: 2 })),
            pregnancyWeeks: maybe(fc.integer({ min: 0, max: 45 })),
            postpartumWeeks: maybe(fc.integer({ min: 0, max: 104 })),
            breastfeeding: maybe(fc.boolean()),
            seriousIllness: maybe(risk()),
            cognitiveImpairment: maybe(risk()),
            headInjury: maybe(risk()),
          }),
        ),
        mentalHealth: maybe(
          fc.record({
            suicideRisk: maybe(pick(RISK_LEVELS)),
            harmToOthersRisk: maybe(pick(RISK_LEVELS)),
            psychosis: maybe(pick(PSYCHOSIS)),
            functioning: maybe(pick(FUNCTIONING)),
            suicidalThoughts: maybe(pick(SUICIDAL_THOUGHTS)),
            lastSuicideAttemptOn: maybe(recentDate),
            lethalMeansAccess: maybe(risk()),
          }),
        ),
        readiness: maybe(
          fc.record({
            stage: maybe(pick(STAGES)),
            importance: maybe(fc.integer({ min: 0, max: 10 })),
            engagement: maybe(pick(ENGAGEMENT)),
          }),
        ),
        relapsePotential: maybe(
          fc.record({
            cravings: maybe(pick(CRAVINGS)),
            copingSkills: maybe(pick(COPING)),
            longestRecentAbstinenceDays: maybe(fc.integer({ min: 0, max: 2000 })),
            overdoseLastYear: maybe(risk()),
            priorEpisodes: maybe(
              fc.array(
                fc.record({
                  level: pick(LEVEL_CODES),
                  outcome: pick(EPISODE_OUTCOMES),
                }),
                { maxLength: 3 },
              ),
            ),
            lastOverdose: maybe(fc.record({ on: recentDate, intentional: maybe(risk()) }, { requiredKeys: ['on'] })),
            usesAlone: maybe(risk()),
            fentanylExposure: maybe(risk()),
            xylazineExposure: maybe(risk()),
          }),
        ),
        environment: maybe(
          fc.record({
            housing: maybe(pick(HOUSING)),
            householdUse: maybe(risk()),
            unsafe: maybe(risk()),
            support: maybe(pick(SUPPORT)),
            transportation: maybe(protective()),
            legalPressure: maybe(risk()),
          }),
        ),
        practical: maybe(
          fc.record({
            obligations: maybe(fc.subarray([...OBLIGATIONS])),
            canPauseObligations: maybe(fc.boolean()),
            coverage: maybe(pick(COVERAGE)),
            preference: maybe(pick(PREFERENCES)),
            scheduleWindows: maybe(fc.subarray([...SCHEDULE_WINDOWS])),
            zip: maybe(fc.stringMatching(/^\d{5}$/)),
            language: maybe(pick(['en', 'es', 'vi'] as const)),
            telehealth: maybe(protective()),
          }),
        ),
        instruments: maybe(instrumentAnswers),
      },
      { requiredKeys: [] },
    )
    .map((c) => compact({ format: 'carelevel-case/1', ...c }) as CareCase);
}

const general = caseArbitrary();
gentle = true;
const mild = caseArbitrary();
gentle = false;

export const validCase: fc.Arbitrary<CareCase> = fc.oneof(general, mild);
