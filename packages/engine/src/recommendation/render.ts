import type { CareCase } from '../case/case-schema.js';
import type { Decision } from '../determine/decision.js';
import { determine, type CompiledRuleSet } from '../determine/determine.js';
import type { Message } from '../determine/message.js';
import { en } from '../locales/en.js';
import { es } from '../locales/es.js';
import { formatMessage } from '../locales/format-message.js';
import type { Locale, LocaleMessages } from '../locales/locale-types.js';
import { RECOMMENDATION_FORMAT, type Recommendation } from './recommendation-schema.js';

export const LOCALE_MESSAGES: Readonly<Record<Locale, LocaleMessages>> = { en, es };

/** Pick a supported locale from a language tag ("es-MX" → es); English otherwise. */
export function pickLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return base === 'es' ? 'es' : 'en';
}

const sentences = (section: 'reason' | 'change' | 'assumption' | 'warning', list: readonly Message[], m: LocaleMessages): string[] =>
  list.map((msg) => formatMessage(section, msg, m));

/** Put a decision into words: a `carelevel-recommendation/1` document in one language. */
export function render(decision: Decision, locale: Locale = 'en'): Recommendation {
  const m = LOCALE_MESSAGES[locale];
  return {
    format: RECOMMENDATION_FORMAT,
    level: decision.level,
    withdrawalManagement: decision.withdrawalManagement,
    crisis: decision.crisis === null ? null : { kind: decision.crisis, message: m.crisis[decision.crisis] },
    offerMedication: [...decision.offerMedication],
    dimensions: decision.dimensions.map((d) => ({
      dimension: d.dimension,
      rating: d.rating,
      minimumLevel: d.minimumLevel,
      reasons: sentences('reason', d.reasons, m),
      name: m.dimensions[String(d.dimension) as keyof LocaleMessages['dimensions']],
      reasonCodes: [...d.reasons],
      rules: [...d.rules],
    })),
    binding: [...decision.binding],
    whatWouldChange: sentences('change', decision.whatWouldChange, m),
    assumptions: sentences('assumption', decision.assumptions, m),
    warnings: sentences('warning', decision.warnings, m),
    scores: { ...decision.scores },
    rulesVersion: decision.rulesVersion,
    ...(decision.caseId !== undefined ? { caseId: decision.caseId } : {}),
    locale,
    notice: m.notice,
    crises: [...decision.crises],
    codes: {
      whatWouldChange: [...decision.whatWouldChange],
      assumptions: [...decision.assumptions],
      warnings: [...decision.warnings],
    },
  };
}

export interface AssessOptions {
  readonly locale?: Locale;
  readonly rules?: CompiledRuleSet;
}

/** Decide a validated case and put the decision into words, in one call. */
export function recommend(c: CareCase, options: AssessOptions = {}): Recommendation {
  return render(determine(c, options.rules), options.locale ?? 'en');
}
