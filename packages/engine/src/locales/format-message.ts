import type { Message } from '../determine/message.js';
import type { LocaleMessages } from './locale-types.js';

type Section = 'reason' | 'change' | 'assumption' | 'warning';

const OPTIONAL_PART = /\{(\w+)\?((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** Words for fact values that are themselves codes (a level, a dimension, a substance, a scale word). */
function word(name: string, value: string | number | boolean, m: LocaleMessages): string {
  const v = String(value);
  switch (name) {
    case 'level':
      return m.levels[v as keyof LocaleMessages['levels']] ?? v;
    case 'dimension':
      return m.dimensions[v as keyof LocaleMessages['dimensions']] ?? v;
    case 'substance':
      return m.substances[v as keyof LocaleMessages['substances']] ?? v;
    case 'kind':
      return m.crisisNames[v as keyof LocaleMessages['crisisNames']] ?? v;
    default:
      return m.terms[v] ?? v;
  }
}

/** Fill a sentence template with a message's facts. `{x?…}` parts drop out when `x` is unknown. */
export function fillTemplate(template: string, facts: Message['facts'], m: LocaleMessages): string {
  const f = facts ?? {};
  const withOptional = template.includes('?') ? template.replace(OPTIONAL_PART, (_, name: string, part: string) => (f[name] === undefined ? '' : part)) : template;
  if (!withOptional.includes('{')) return withOptional;
  return withOptional.replace(PLACEHOLDER, (whole, name: string) => {
    const v = f[name];
    return v === undefined ? whole : word(name, v, m);
  });
}

/** The sentence for a message code in one section of a locale; the code itself if a sentence is missing. */
export function formatMessage(section: Section, message: Message, m: LocaleMessages): string {
  const template = m[section][message.code];
  return template === undefined ? message.code : fillTemplate(template, message.facts, m);
}
