import { formatMessage, LOCALE_MESSAGES, type Message, type Recommendation } from '@carelevel/engine';
import type { UiWords } from '../i18n/ui-en.js';
import { fill } from '../i18n/i18n.js';
import type { Lang } from '../questions/question-types.js';

// Instrument totals are for the clinician who reads the recommendation; to a worried parent
// "PHQ-9 14" says nothing and can alarm. The sentence reads whole without them.
const SCORE_FACTS: ReadonlySet<string> = new Set(['phq9Total', 'gad7Total', 'ciwaAr', 'cows', 'pawss']);
const WITHDRAWAL_DIMENSION = 1;

const withoutScores = (m: Message): Message =>
  m.facts === undefined ? m : { code: m.code, facts: Object.fromEntries(Object.entries(m.facts).filter(([k]) => !SCORE_FACTS.has(k))) };

/**
 * The recommendation as the public pages show it to the person: the same decision, in words for
 * them. No raw scores; and for someone who uses no alcohol or drugs, nothing about withdrawal
 * (no "we had no answers about withdrawal": nobody asked, because it does not apply).
 */
export function forThePerson(rec: Recommendation, usesSubstances: boolean): Recommendation {
  const words = LOCALE_MESSAGES[rec.locale ?? 'en'];
  const dimensions = rec.dimensions.map((d) =>
    d.reasonCodes === undefined ? d : { ...d, reasons: d.reasonCodes.map((m) => formatMessage('reason', withoutScores(m), words)) },
  );
  const assumptionCodes = (rec.codes?.assumptions ?? []).filter(
    (m) => usesSubstances || !(m.code === 'dimension-not-assessed' && m.facts?.['dimension'] === WITHDRAWAL_DIMENSION),
  );
  const assumptions = rec.codes ? assumptionCodes.map((m) => formatMessage('assumption', withoutScores(m), words)) : rec.assumptions;
  return {
    ...rec,
    dimensions,
    assumptions,
    ...(rec.codes ? { codes: { ...rec.codes, assumptions: assumptionCodes } } : {}),
  };
}

/** "The care that fits best now is …", with the withdrawal care only for someone who uses. */
export function answerSentence(t: UiWords, lang: Lang, rec: Recommendation, usesSubstances: boolean): string {
  const words = LOCALE_MESSAGES[lang];
  return usesSubstances
    ? fill(t.result.suggest, { level: words.levels[rec.level], wm: words.withdrawalManagement[rec.withdrawalManagement] })
    : fill(t.result.suggestNoUse, { level: words.levels[rec.level] });
}
