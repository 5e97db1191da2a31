import { describe, expect, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../assessment/vignette-answers.js';
import { ALL_QUESTIONS, STEPS, visibleQuestions, visibleSteps } from './question-set.js';
import type { Answers } from './question-types.js';
import { fillVoice } from './voice.js';

const asked = (a: Answers): number => visibleSteps(a).reduce((n, s) => n + visibleQuestions(s, a).length, 0);

describe('the question set', () => {
  it('has unique ids and words in both languages for every question and option', () => {
    expect(new Set(ALL_QUESTIONS.map((q) => q.id)).size).toBe(ALL_QUESTIONS.length);
    for (const q of ALL_QUESTIONS) {
      expect(q.text.en.length * q.text.es.length, q.id).toBeGreaterThan(0);
      if ('options' in q) for (const o of q.options) expect(o.label.en.length * o.label.es.length, `${q.id}.${o.id}`).toBeGreaterThan(0);
    }
  });

  it('asks about 25 to 40 questions (7 more mood items only when the 2-item mood screen is positive)', () => {
    for (const v of VIGNETTE_ANSWERS) {
      const n = asked(v.answers);
      const fullMood = v.answers['phq3'] !== undefined;
      expect(n, v.vignette).toBeGreaterThanOrEqual(25);
      // About 25–40 questions: 42 at most, with the question about a stay that just ended; two
      // more (a recent attempt, lethal means) only for someone with thoughts of suicide.
      const safetyFollowUp = v.answers['suicide'] !== undefined && v.answers['suicide'] !== 'none' ? 2 : 0;
      expect(n, v.vignette).toBeLessThanOrEqual((fullMood ? 49 : 42) + safetyFollowUp);
    }
    // Someone with mental-health concerns only skips the use questions.
    expect(asked({ concern: 'mental-health' })).toBeLessThan(asked({ concern: 'substance-use', substances: ['alcohol'] }));
  });

  it('puts safety first, right after who the answers are about', () => {
    expect(STEPS.map((s) => s.id).slice(0, 2)).toEqual(['about', 'safety']);
  });

  it('speaks to the person or about a loved one, in both languages', () => {
    const q = ALL_QUESTIONS.find((x) => x.id === 'auditFrequency');
    if (q === undefined) throw new Error('no auditFrequency');
    expect(fillVoice(q.text.en, 'you', 'en')).toBe('How often do you have a drink with alcohol?');
    expect(fillVoice(q.text.en, 'he', 'en')).toBe('How often does he have a drink with alcohol?');
    expect(fillVoice(q.text.en, 'they', 'en')).toBe('How often do they have a drink with alcohol?');
    const age = ALL_QUESTIONS.find((x) => x.id === 'age');
    expect(fillVoice(age?.text.es ?? '', 'she', 'es')).toBe('¿Qué edad tiene ella?');
    // Object pronouns and verb agreement for a loved one (found by hand: "stay with she", "matter to
    // she", "anyone she live with", "bought on my own").
    const say = (id: string, voice: 'you' | 'he' | 'she' | 'they'): string =>
      fillVoice(ALL_QUESTIONS.find((x) => x.id === id)?.text.en ?? '', voice, 'en');
    expect(say('monitoring', 'she')).toBe('If she stops, could an adult stay with her for a few days to check on her?');
    expect(say('monitoring', 'you')).toBe('If you stop, could an adult stay with you for a few days to check on you?');
    expect(say('importance', 'he')).toBe('From 0 to 10, how much does change matter to him?');
    expect(say('householdUse', 'she')).toBe('Does anyone she lives with drink a lot or use drugs?');
    expect(say('householdUse', 'they')).toBe('Does anyone they live with drink a lot or use drugs?');
    for (const voice of ['he', 'she'] as const)
      for (const x of ALL_QUESTIONS.filter((q) => q.id !== 'who')) {
        // ("Who are you answering for? For me" speaks as the one answering, on purpose.)
        const texts = [x.text.en, ...('options' in x ? x.options.map((o) => o.label.en) : [])].map((s) => fillVoice(s, voice, 'en'));
        for (const s of texts) {
          expect(s, x.id).not.toMatch(/\b(with|to|on|for|about|at) (he|she)\b/);
          // A bare verb after he/she is wrong unless a helper verb comes first ("does she drink").
          expect(s, x.id).not.toMatch(
            /(?<!\b(?:does|did|can|could|would|will|should|may|might) )\b(he|she) (live|have|do|go|drink|use|stop|feel|want|need)\b/i,
          );
          expect(s, x.id).not.toMatch(/\b(my|I|me)\b/);
        }
      }
    // Spanish questions open with "¿" when they end with "?".
    for (const x of ALL_QUESTIONS) if (x.text.es.endsWith('?')) expect(x.text.es, x.id).toContain('¿');
    // No template token is ever left unfilled.
    for (const voice of ['you', 'he', 'she', 'they'] as const)
      for (const x of ALL_QUESTIONS)
        for (const lang of ['en', 'es'] as const) expect(fillVoice(x.text[lang], voice, lang)).not.toMatch(/[{}]/);
  });
});
