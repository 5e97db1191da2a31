import type { AssessmentWithDetermination } from '@carelevel/contract';
import { INSTRUMENT_BY_KEY } from '@carelevel/engine';
import type { CodeableConcept, Observation } from '@medplum/fhirtypes';
import {
  INSTRUMENT_ITEM_SYSTEM,
  LEVEL_OBSERVATION_CODE,
  LOINC,
  OBSERVATION_CATEGORY,
  CARELEVEL_SYSTEM_BASE,
  levelCoding,
} from './fhir-codes.js';
import { givenInstruments } from './instrument-answers.js';
import { labelled } from './part2-labels.js';
import { instrumentResourceId } from './questionnaire-response.js';

const SCORE_BAND_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/CodeSystem/score-band`;
const LEVEL_ID_SUFFIX = 'level';

const category = (code: 'survey'): CodeableConcept[] => [{ coding: [{ system: OBSERVATION_CATEGORY, code }] }];

/** Signed assessments are final; a draft's results may still change. */
const statusOf = (a: AssessmentWithDetermination): Observation['status'] => (a.signedAt ? 'final' : 'preliminary');

/** The code an instrument total goes by: LOINC where LOINC has one, carelevel's own otherwise. */
export function totalCode(instrumentKey: string): CodeableConcept {
  const def = INSTRUMENT_BY_KEY[instrumentKey];
  const name = def ? `${def.name} total` : `${instrumentKey} total`;
  const loinc = def?.loinc?.total;
  return {
    coding: [
      loinc
        ? { system: LOINC, code: loinc, display: name }
        : { system: INSTRUMENT_ITEM_SYSTEM, code: `${instrumentKey}.total`, display: name },
    ],
    text: name,
  };
}

/**
 * Each instrument total the engine scored, as a US Core screening-assessment Observation: the total,
 * its band as the interpretation, and the QuestionnaireResponse it came from where the items were given.
 */
export function instrumentObservations(a: AssessmentWithDetermination): Observation[] {
  const withItems = new Set(givenInstruments(a.case).map((g) => g.def.key));
  return Object.entries(a.recommendation.scores).map(([key, score]) => ({
    resourceType: 'Observation',
    id: instrumentResourceId(a.id, key),
    meta: labelled({ profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment'] }),
    status: statusOf(a),
    category: category('survey'),
    code: totalCode(key),
    subject: { reference: `Patient/${a.personId}` },
    effectiveDateTime: a.createdAt,
    valueInteger: score.total,
    interpretation: [{ coding: [{ system: SCORE_BAND_SYSTEM, code: score.band }], text: score.band.replace(/-/g, ' ') }],
    ...(withItems.has(key) ? { derivedFrom: [{ reference: `QuestionnaireResponse/${instrumentResourceId(a.id, key)}` }] } : {}),
  }));
}

/**
 * The level of care: the clinician's determination where one was recorded (final), otherwise the
 * level the engine indicated (preliminary). The indicated level is kept as a component either way.
 */
export function levelObservation(a: AssessmentWithDetermination): Observation {
  const d = a.latestDetermination;
  const level = d ? d.chosenLevel : a.indicatedLevel;
  return {
    resourceType: 'Observation',
    id: instrumentResourceId(a.id, LEVEL_ID_SUFFIX),
    meta: labelled(),
    status: d ? 'final' : 'preliminary',
    category: category('survey'),
    code: { coding: [LEVEL_OBSERVATION_CODE], text: LEVEL_OBSERVATION_CODE.display },
    subject: { reference: `Patient/${a.personId}` },
    effectiveDateTime: d ? d.decidedAt : a.createdAt,
    valueCodeableConcept: { coding: [levelCoding(level)], text: levelCoding(level).display },
    component: [
      {
        code: {
          coding: [{ system: LEVEL_OBSERVATION_CODE.system, code: 'indicated-level', display: 'Level of care the rules indicated' }],
        },
        valueCodeableConcept: { coding: [levelCoding(a.indicatedLevel)] },
      },
    ],
    note: [{ text: `carelevel rules ${a.rulesVersion}; the software supports a clinician's judgment and does not replace it.` }],
    derivedFrom: Object.keys(a.recommendation.scores).map((key) => ({ reference: `Observation/${instrumentResourceId(a.id, key)}` })),
  };
}

export const observationsOf = (a: AssessmentWithDetermination): Observation[] => [...instrumentObservations(a), levelObservation(a)];
