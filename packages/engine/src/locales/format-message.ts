import type { Message } from '../determine/message.js';
import type { LocaleMessages } from './locale-types.js';

type Section = 'reason' | 'change' | 'assumption' | 'warning' | 'transition';

const OPTIONAL_PART = /\{(\w+)\?((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as people write it: "November 28, 2026", "28 de noviembre de 2026". */
export function localDate(iso: string, locale: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const at = day === undefined ? Number.NaN : Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return iso;
  let f = dateFormats.get(locale);
  if (f === undefined) {
    // UTC both ways: a date has no time of day, so no time zone may move it to the day before.
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f.format(at);
}

/** Words for fact values that are themselves codes (a level, a dimension, a substance, a scale word). */
function word(name: string, value: string | number | boolean, m: LocaleMessages): string {
  const v = String(value);
  switch (name) {
    case 'level':
    case 'currentLevel':
    case 'indicated':
    case 'current': {
      // Level names are written as titles ("Outpatient"); inside a sentence they read lower-case.
      const name = m.levels[v as keyof LocaleMessages['levels']] ?? v;
      return name.charAt(0).toLocaleLowerCase() + name.slice(1);
    }
    case 'dimension':
      // Dimension names are titles too; inside a sentence they read lower-case, as {dimensions} does.
      return (m.dimensions[v as keyof LocaleMessages['dimensions']] ?? v).toLocaleLowerCase();
    case 'date':
      return localDate(v, m.dateLocale);
    case 'dimensions': {
      // "5,6" → "Risk of relapse or continued use and Home and recovery environment", lower-cased inside a sentence.
      const names = v.split(',').map((d) => (m.dimensions[d as keyof LocaleMessages['dimensions']] ?? d).toLocaleLowerCase());
      return names.length > 1
        ? `${names.slice(0, -1).join(', ')} ${m.terms.and ?? 'and'} ${names[names.length - 1] ?? ''}`
        : (names[0] ?? v);
    }
    case 'because':
      return m.varianceReason[v as keyof LocaleMessages['varianceReason']] ?? v;
    case 'substance':
      return m.substances[v as keyof LocaleMessages['substances']] ?? v;
    case 'kind':
      return m.crisisNames[v as keyof LocaleMessages['crisisNames']] ?? m.urgentNames[v as keyof LocaleMessages['urgentNames']] ?? v;
    default:
      return m.terms[v] ?? v;
  }
}

/** A template split once into text, placeholders and optional parts, so filling it is a loop. */
type Segment = string | { readonly name: string; readonly when?: readonly Segment[] };

function parseTemplate(template: string): readonly Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(OPTIONAL_PART)) {
    out.push(...parsePlain(template.slice(last, m.index)));
    out.push({ name: m[1] as string, when: parsePlain(m[2] as string) });
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(...parsePlain(template.slice(last)));
  return out.filter((s) => s !== '');
}

function parsePlain(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out.push(text.slice(last, m.index));
    out.push({ name: m[1] as string });
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

const parsed = new Map<string, readonly Segment[]>();

function fillSegments(segments: readonly Segment[], f: NonNullable<Message['facts']>, m: LocaleMessages): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'string') out += seg;
    else {
      const v = f[seg.name];
      if (seg.when) out += v === undefined ? '' : fillSegments(seg.when, f, m);
      else out += v === undefined ? `{${seg.name}}` : word(seg.name, v, m);
    }
  }
  return out;
}

const NO_FACTS: NonNullable<Message['facts']> = Object.freeze({});

/** Fill a sentence template with a message's facts. `{x?…}` parts drop out when `x` is unknown. */
export function fillTemplate(template: string, facts: Message['facts'], m: LocaleMessages): string {
  if (!template.includes('{')) return template;
  let segments = parsed.get(template);
  if (segments === undefined) {
    segments = parseTemplate(template);
    parsed.set(template, segments);
  }
  return fillSegments(segments, facts ?? NO_FACTS, m);
}

/** The sentence for a message code in one section of a locale; the code itself if a sentence is missing. */
export function formatMessage(section: Section, message: Message, m: LocaleMessages): string {
  const template = m[section][message.code];
  return template === undefined ? message.code : fillTemplate(template, message.facts, m);
}
