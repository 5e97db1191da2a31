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

function sentences(section: 'reason' | 'change' | 'assumption' | 'warning', list: readonly Message[], m: LocaleMessages): string[] {
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = formatMessage(section, list[i] as Message, m);
  return out;
}

/** Put a decision into words: a `carelevel-recommendation/1` document in one language. */
export function render(decision: Decision, locale: Locale = 'en'): Recommendation {
  const m = LOCALE_MESSAGES[locale];
  return {
    format: RECOMMENDATION_FORMAT,
    level: decision.level,
    withdrawalManagement: decision.withdrawalManagement,
    crisis: decision.crisis === null ? null : { kind: decision.crisis, message: m.crisis[decision.crisis] },
    offerMedication: decision.offerMedication as Recommendation['offerMedication'],
    dimensions: decision.dimensions.map((d) => ({
      dimension: d.dimension,
      rating: d.rating,
      minimumLevel: d.minimumLevel,
      reasons: sentences('reason', d.reasons, m),
      name: m.dimensions[String(d.dimension) as keyof LocaleMessages['dimensions']],
      // The decision's own arrays are handed over, not copied: a decision is made fresh for each render.
      reasonCodes: d.reasons as Message[],
      rules: d.rules as string[],
    })),
    binding: decision.binding as number[],
    whatWouldChange: sentences('change', decision.whatWouldChange, m),
    assumptions: sentences('assumption', decision.assumptions, m),
    warnings: sentences('warning', decision.warnings, m),
    scores: decision.scores,
    rulesVersion: decision.rulesVersion,
    ...(decision.caseId !== undefined ? { caseId: decision.caseId } : {}),
    locale,
    notice: m.notice,
    crises: decision.crises as Recommendation['crises'] & object,
    urgent: decision.urgent === null ? null : { kind: decision.urgent, message: m.urgent[decision.urgent] },
    urgents: decision.urgents as NonNullable<Recommendation['urgents']>,
    supports: decision.supports.map((s) => ({
      code: s.code,
      message: m.support[s.code],
      reasons: sentences('reason', s.reasons, m),
      reasonCodes: s.reasons as Message[],
    })),
    codes: {
      whatWouldChange: decision.whatWouldChange as Message[],
      assumptions: decision.assumptions as Message[],
      warnings: decision.warnings as Message[],
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
