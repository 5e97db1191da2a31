import type { HealthRecordPrefill } from '@carelevel/contract';
import { INSTRUMENT_BY_KEY, type InstrumentDefinition } from '@carelevel/engine';
import type { Condition, Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import { LOINC, QUESTIONNAIRE_URL_BASE } from '../fhir/fhir-codes.js';

/**
 * What a health record already knows, as answers to offer in a new assessment. Pure: the record is
 * read elsewhere; this only decides what of it carelevel can use.
 *
 * - A QuestionnaireResponse to one of carelevel's Questionnaires gives item answers (the engine scores
 *   items, so only items can fill an instrument); each answer must be a value the item allows.
 * - An Observation coded with an instrument's LOINC total is shown beside it, never scored: a total
 *   without its items cannot be checked, and the PHQ-9's item 9 must be seen, not inferred.
 * - Active Conditions are listed for the clinician to read.
 * The newest of each instrument wins; a record may hold years of screenings.
 */
export interface RecordResources {
  readonly observations: readonly Observation[];
  readonly responses: readonly QuestionnaireResponse[];
  readonly conditions: readonly Condition[];
}

const DEFS = Object.values(INSTRUMENT_BY_KEY);

function instrumentOfUrl(questionnaire: string | undefined): InstrumentDefinition | undefined {
  const url = (questionnaire ?? '').split('|')[0] ?? '';
  if (!url.startsWith(`${QUESTIONNAIRE_URL_BASE}/`)) return undefined;
  const id = url.slice(QUESTIONNAIRE_URL_BASE.length + 1).toLowerCase();
  return DEFS.find((d) => d.key.toLowerCase() === id);
}

function itemAnswers(def: InstrumentDefinition, r: QuestionnaireResponse): (number | null)[] | undefined {
  const answers = def.items.map((spec) => {
    const value = r.item?.find((it) => it.linkId === spec.key)?.answer?.[0]?.valueInteger;
    return value !== undefined && spec.values.includes(value) ? value : null;
  });
  return answers.some((a) => a !== null) ? answers : undefined;
}

/** Newest first by a FHIR date or dateTime (ISO text compares in order); undated last. */
const newestFirst = <T extends { date: string | null }>(a: T, b: T): number => (b.date ?? '').localeCompare(a.date ?? '');

function newestPerKey<T extends { key: string; date: string | null }>(found: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...found].sort(newestFirst).filter((x) => !seen.has(x.key) && Boolean(seen.add(x.key)));
}

function instrumentsOf(responses: readonly QuestionnaireResponse[]): HealthRecordPrefill['instruments'] {
  return newestPerKey(
    responses
      .filter((r) => r.status === 'completed' || r.status === 'amended')
      .flatMap((r) => {
        const def = instrumentOfUrl(r.questionnaire);
        const answers = def ? itemAnswers(def, r) : undefined;
        return def && answers ? [{ key: def.key, answers, date: r.authored ?? null }] : [];
      }),
  );
}

function totalsOf(observations: readonly Observation[]): HealthRecordPrefill['totals'] {
  return newestPerKey(
    observations
      .filter((o) => o.status === 'final' || o.status === 'amended' || o.status === 'corrected')
      .flatMap((o) => {
        const codes = (o.code.coding ?? []).filter((c) => c.system === LOINC).map((c) => c.code);
        const def = DEFS.find((d) => d.loinc?.total !== undefined && codes.includes(d.loinc.total));
        const total = o.valueInteger ?? o.valueQuantity?.value;
        return def && typeof total === 'number' ? [{ key: def.key, total, date: o.effectiveDateTime ?? o.issued ?? null }] : [];
      }),
  );
}

const ACTIVE = 'active';

function conditionsOf(conditions: readonly Condition[]): HealthRecordPrefill['conditions'] {
  return conditions
    .filter((c) => (c.clinicalStatus?.coding ?? []).some((s) => s.code === ACTIVE) || c.clinicalStatus === undefined)
    .flatMap((c) => {
      const coding = c.code?.coding?.[0];
      const text = c.code?.text ?? coding?.display ?? coding?.code;
      return text ? [{ text, code: coding?.code ?? null, onset: c.onsetDateTime ?? null }] : [];
    })
    .slice(0, 50);
}

export function prefillFrom(record: RecordResources): HealthRecordPrefill {
  return {
    launched: true,
    instruments: instrumentsOf(record.responses),
    totals: totalsOf(record.observations),
    conditions: conditionsOf(record.conditions),
  };
}
