import { LOCALE_MESSAGES, type LevelCode } from '@carelevel/engine';

/**
 * Code systems and identifier systems the FHIR view uses. LOINC codes the instruments where LOINC has
 * them; levels of care have no standard code system (ASAM's are proprietary), so carelevel publishes
 * its own, named by a URL under the project's domain and listed in docs/fhir.md.
 */
export const LOINC = 'http://loinc.org';
export const FHIR_BASE_PATH = '/fhir/R4';
export const CARELEVEL_SYSTEM_BASE = 'https://carelevel.org/fhir';
/** The person's carelevel id as an identifier a record can search by (`Patient?identifier=system|id`). */
export const PERSON_ID_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/sid/person-id`;
export const LEVEL_OF_CARE_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/CodeSystem/level-of-care`;
/** Items and totals LOINC does not code are coded here, by instrument key and item key. */
export const INSTRUMENT_ITEM_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/CodeSystem/instrument-item`;
/** The determined level of care as an Observation code (no LOINC code exists for it). */
export const LEVEL_OBSERVATION_CODE = { system: LEVEL_OF_CARE_SYSTEM, code: 'level-of-care', display: 'Level of care determined' } as const;
export const QUESTIONNAIRE_URL_BASE = `${CARELEVEL_SYSTEM_BASE}/Questionnaire`;
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const SDC_CALCULATED_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

/** A level of care as a coding in carelevel's code system, with its English name and its ASAM-style number. */
export function levelCoding(level: LevelCode): { system: string; code: string; display: string } {
  return { system: LEVEL_OF_CARE_SYSTEM, code: level, display: LOCALE_MESSAGES.en.levels[level] };
}
