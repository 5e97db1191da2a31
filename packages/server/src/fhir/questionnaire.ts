import { INSTRUMENTS, RULES_VERSION, type InstrumentDefinition } from '@carelevel/engine';
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { INSTRUMENT_ITEM_SYSTEM, LOINC, QUESTIONNAIRE_URL_BASE, SDC_CALCULATED_EXPRESSION } from './fhir-codes.js';

/** The linkId of the calculated total in every instrument's Questionnaire and QuestionnaireResponse. */
export const TOTAL_LINK_ID = 'total';

/** Readable words from an item key: `bone-joint-aches` → "bone joint aches"; `item3` → "item 3". */
const words = (key: string): string => key.replace(/-/g, ' ').replace(/^item(\d+)$/, 'item $1');

/** An item's answer as FHIRPath, in the response the expression runs on. */
const answerOf = (linkId: string): string => `%resource.item.where(linkId = '${linkId}').answer.value`;

/**
 * The total as an SDC calculated expression, written from the same definition the engine scores with:
 * a sum (reverse-scored items count max − answer), or for a yes/no screen the number of positive
 * screen items. A record that runs SDC computes what carelevel computes; a test checks they agree.
 */
export function totalExpression(def: InstrumentDefinition): string {
  const scoring = def.scoring;
  if (scoring.kind === 'screen') {
    const keys = scoring.screenItems.map((i) => `linkId = '${def.items[i]?.key ?? ''}'`).join(' or ');
    return `%resource.item.where((${keys}) and answer.value = 1).count()`;
  }
  return def.items
    .map((item) => (item.reverse ? `(${String(item.values[item.values.length - 1] ?? 0)} - ${answerOf(item.key)})` : answerOf(item.key)))
    .join(' + ');
}

const questionnaireId = (def: InstrumentDefinition): string => def.key.toLowerCase();

/** Where the wording is not ours to print, the item names what it asks, never the instrument's words. */
function itemOf(def: InstrumentDefinition, index: number): QuestionnaireItem {
  const item = def.items[index];
  if (!item) throw new Error(`${def.key} has no item ${String(index)}`);
  return {
    linkId: item.key,
    text: `${def.name}: ${words(item.key)}`,
    code: [{ system: INSTRUMENT_ITEM_SYSTEM, code: `${def.key}.${item.key}` }],
    type: 'integer',
    required: index < (def.minItems ?? def.items.length),
    answerOption: item.values.map((v) => ({ valueInteger: v })),
  };
}

/** An instrument the engine scores, as an SDC Questionnaire: items, answer values, LOINC codes, the total. */
export function instrumentQuestionnaire(def: InstrumentDefinition): Questionnaire {
  const totalCode = def.loinc?.total
    ? { system: LOINC, code: def.loinc.total, display: `${def.name} total` }
    : { system: INSTRUMENT_ITEM_SYSTEM, code: `${def.key}.total`, display: `${def.name} total` };
  return {
    resourceType: 'Questionnaire',
    id: questionnaireId(def),
    meta: { profile: ['http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire'] },
    url: `${QUESTIONNAIRE_URL_BASE}/${questionnaireId(def)}`,
    version: RULES_VERSION,
    name: def.key.replace(/^./, (c) => c.toUpperCase()),
    title: def.name,
    status: 'active',
    subjectType: ['Patient'],
    description: `${def.source}. Item wording is not included; each item is named by what it asks and its answer values.`,
    ...(def.loinc?.panel ? { code: [{ system: LOINC, code: def.loinc.panel, display: def.name }] } : {}),
    item: [
      ...def.items.map((_, i) => itemOf(def, i)),
      {
        linkId: TOTAL_LINK_ID,
        text: `${def.name} total`,
        code: [totalCode],
        type: 'integer',
        readOnly: true,
        extension: [{ url: SDC_CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: totalExpression(def) } }],
      },
    ],
  };
}

export const QUESTIONNAIRES: readonly Questionnaire[] = INSTRUMENTS.map(instrumentQuestionnaire);

export const questionnaireFor = (instrumentKey: string): Questionnaire | undefined =>
  QUESTIONNAIRES.find((q) => q.id === instrumentKey.toLowerCase());
