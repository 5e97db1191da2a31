import { fillTemplate, LOCALE_MESSAGES } from '@carelevel/engine';
import { DIRECTORY_LOCALES, renderDirectoryMessage } from '@carelevel/directory';
import { describe, expect, it } from 'vitest';
import { UI } from '../i18n/i18n.js';
import { staffEs } from '../staff/i18n/staff-es.js';
import { STEPS, visibleQuestions } from './question-set.js';
import type { Voice } from './question-types.js';
import { fillVoice } from './voice.js';

/**
 * Spanish that fits whoever the answers are about. The same sentence is shown for "para mí", "él",
 * "ella" and "esa persona", and the engine's and the finder's sentences never know who it is, so a
 * word that agrees with one person (listo, lista, listo/a) is wrong for another. Words are neutral
 * instead: "Quiere empezar pronto", not "Está listo/a".
 */
const VOICES: readonly Voice[] = ['you', 'he', 'she', 'they'];

// Adjectives and participles that describe a person and change with gender. None may describe the person.
const GENDERED_FOR_A_PERSON = [
  'listo',
  'cansado',
  'cansada',
  'decaído',
  'decaída',
  'inquieto',
  'inquieta',
  'tembloroso',
  'temblorosa',
  'sudado',
  'sudada',
  'muerto',
  'muerta',
  'intoxicado',
  'intoxicada',
  'atento',
  'atenta',
  'confundido',
  'confundida',
  'preocupado',
  'preocupada',
  'nervioso',
  'nerviosa',
  'ansioso',
  'ansiosa',
  'deprimido',
  'deprimida',
  'agitado',
  'agitada',
  'enojado',
  'enojada',
  'drogado',
  'drogada',
  'borracho',
  'borracha',
  'motivado',
  'motivada',
  'dispuesto',
  'dispuesta',
  'interesado',
  'interesada',
  'convencido',
  'convencida',
  'internado',
  'internada',
  'hospitalizado',
  'hospitalizada',
  'obligado',
  'obligada',
  'acompañado',
  'acompañada',
  'vigilado',
  'vigilada',
  'recuperado',
  'recuperada',
];
// Words that also have a meaning that is not about the person; these uses are allowed and nothing else.
const AMBIGUOUS: Readonly<Record<string, RegExp>> = {
  seguro:
    /\b(?:el|su|sin|de|del|un|este|tiene|plan de|hogar|lugar|suele ser|es más|Seguro del|seguro (?:privado|militar|financiado|del|médico|público|de salud|que))\s*seguro\b|\bseguro (?:privado|militar|financiado|del VA|médico|de salud|público)|^Seguro\b|\b(?:es|sea|sería|ser) seguro\b|más seguro\b/i,
  segura: /\b(?:forma|casa|manera|vivienda|opción)(?: más)? segura\b/i,
  solo: /\bsolo (?:se|cuente|enviamos|trata|en|es|un|una|para|lo|si|cuando|con|dura|le|la|los|las|hay|por|ve|sirve|puede|pide)\b|\bSolo\b/,
  lista: /\blista de espera\b/i,
  sola: /\buna sola (?:ocasión|vez|visita)\b/i,
  mismo: /\b(?:ahora|al|lo|el|del) mismo\b/i,
  misma: /\bla misma\b/i,
  sobrio: /$^/,
  sobria: /\bvivienda sobria\b/i,
  limpio: /\b(?:material|equipo|un lugar)[\w ]{0,20} limpio\b/i,
  limpia: /\b(?:agua|jeringa|aguja)[\w ]{0,20} limpia\b/i,
};

// \b does not see accented letters as part of a word ("él"), so whole words are matched on letters.
const wholeWord = (w: string): RegExp => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu');

function leaves(value: unknown, path: string, out: { path: string; text: string }[]): { path: string; text: string }[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

/** Every Spanish sentence about a person: questions in each voice, page and staff words, engine and finder sentences. */
function everySpanishText(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const step of STEPS) {
    out.push({ path: `step ${step.id} title`, text: step.title.es });
    for (const q of step.questions)
      for (const voice of VOICES) {
        const at = `${q.id} (${voice})`;
        out.push({ path: at, text: fillVoice(q.text.es, voice, 'es') });
        if (q.hint) out.push({ path: `${at} hint`, text: fillVoice(q.hint.es, voice, 'es') });
        if ('options' in q) for (const o of q.options) out.push({ path: `${at} › ${o.id}`, text: fillVoice(o.label.es, voice, 'es') });
      }
  }
  leaves(UI.es, 'ui', out);
  leaves(LOCALE_MESSAGES.es, 'engine', out);
  leaves(DIRECTORY_LOCALES.es, 'directory', out);
  // The staff workspace speaks about the person too (and its aftercare copy is the person's own).
  leaves(staffEs, 'staff', out);
  return out.filter((t) => t.path !== 'engine.dateLocale' && t.path !== 'directory.dateLocale');
}

describe('Spanish that fits the person', () => {
  const texts = everySpanishText();

  it('uses no adjective that agrees with one gender for the person', () => {
    const found: string[] = [];
    for (const { path, text } of texts) {
      for (const word of GENDERED_FOR_A_PERSON) if (wholeWord(word).test(text)) found.push(`${path}: "${word}" in ${text}`);
      for (const [word, allowed] of Object.entries(AMBIGUOUS)) {
        for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))) {
          const around = text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + word.length + 30);
          if (!allowed.test(around)) found.push(`${path}: "${word}" in …${around}…`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('writes no "o/a" forms', () => {
    const found = texts.filter(({ text }) => /\w\/a\b|\bo\/a\b|\w\((?:a|o)\)/.test(text)).map((t) => `${t.path}: ${t.text}`);
    expect(found).toEqual([]);
  });

  it('says who every question is about when someone answers for another person', () => {
    const silent: string[] = [];
    for (const step of STEPS)
      for (const q of step.questions) {
        // "Who is this for" and "what worries you" ask the person answering, on purpose.
        if (q.id === 'who' || q.id === 'concern') continue;
        for (const [voice, name] of [
          ['he', wholeWord('él')],
          ['she', wholeWord('ella')],
          ['they', wholeWord('esa persona')],
        ] as const)
          if (!name.test(fillVoice(q.text.es, voice, 'es'))) silent.push(`${q.id} (${voice}): ${fillVoice(q.text.es, voice, 'es')}`);
      }
    expect(silent).toEqual([]);
  });

  it('asks no pregnancy question about a man, and lets anyone say it does not apply', () => {
    const pregnancy = STEPS.flatMap((s) => s.questions).find((q) => q.id === 'pregnant');
    expect(pregnancy).toBeDefined();
    const health = STEPS.find((s) => s.questions.includes(pregnancy!))!;
    expect(visibleQuestions(health, { who: 'he', age: '30' }).map((q) => q.id)).not.toContain('pregnant');
    expect(visibleQuestions(health, { who: 'she', age: '30' }).map((q) => q.id)).toContain('pregnant');
    expect('options' in pregnancy! && pregnancy.options.map((o) => o.id)).toContain('not-applicable');
  });

  it('uses the words people use: one verb for use, "ganas de consumir", no "sin receta" for misused pills', () => {
    const bad = texts.filter(({ text }) =>
      /\bantojos?\b|\b(?:usar|usa|usó|usando|usan) (?:alcohol|drogas|sustancias)|\bsin receta\b/i.test(text),
    );
    expect(bad.map((t) => `${t.path}: ${t.text}`)).toEqual([]);
    const questions = texts.filter((t) => / \((?:you|he|she|they)\)/.test(t.path)).map((t) => t.text);
    expect(questions.some((t) => t.includes('ganas de consumir'))).toBe(true);
    expect(questions.some((t) => /\bconsume\b/.test(t))).toBe(true);
  });

  it('never words a safety step so it reads as "keep using" or "don\'t leave him alone"', () => {
    const bad = texts.filter(({ text }) => /no deje de (?:consumir|tomar|beber)|dejarlo solo|intente dejarlo/i.test(text));
    expect(bad.map((t) => `${t.path}: ${t.text}`)).toEqual([]);
  });

  it('fits every level name after "bastar con" and writes no "podría bastar: {level}"', () => {
    for (const name of Object.values(LOCALE_MESSAGES.es.levels))
      expect(name.toLocaleLowerCase()).toMatch(/^(?:tratamiento|hospitalización|atención|apoyo|intervención|desintoxicación|manejo)\b/);
    const bad = texts.filter(({ text }) => /podría bastar:|sería adecuado:|harían adecuado/.test(text));
    expect(bad.map((t) => t.path)).toEqual([]);
  });

  it('writes dates as people do in each language, never as 2026-11-28', () => {
    const es = LOCALE_MESSAGES.es;
    const en = LOCALE_MESSAGES.en;
    expect(fillTemplate(es.warning['date-after-assessment'] ?? '', { date: '2026-11-28' }, es)).toContain('(28 de noviembre de 2026)');
    expect(fillTemplate(en.warning['date-after-assessment'] ?? '', { date: '2026-11-28' }, en)).toContain('(November 28, 2026)');
    const listing = { code: 'listing-unverified', facts: { days: 400, lastVerified: '2025-10-31T00:00:00.000Z' } };
    expect(renderDirectoryMessage(listing, DIRECTORY_LOCALES.es)).toContain('31 de octubre de 2025');
    const beds = { code: 'open-beds', facts: { beds: 1, reportedAt: '2026-11-28T15:00:00Z' } };
    expect(renderDirectoryMessage(beds, DIRECTORY_LOCALES.es)).toBe('Camas disponibles: 1 (informado el 28 de noviembre de 2026)');
    expect(renderDirectoryMessage(beds, DIRECTORY_LOCALES.en)).toBe('Open beds: 1 (reported November 28, 2026)');
  });
});
