import { en } from '../i18n/ui-en.js';
import { ALL_QUESTIONS } from '../questions/question-set.js';
import type { Voice } from '../questions/question-types.js';
import { fillVoice } from '../questions/voice.js';

function leaves(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(leaves);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(leaves);
  return [];
}

/** Every English string of the public pages that this package writes: page words and the questions in each voice. */
export function publicEnglishText(): { pages: string[]; questions: string[] } {
  const questions = (['you', 'he'] as Voice[]).flatMap((voice) =>
    ALL_QUESTIONS.flatMap((q) => [
      q.text.en,
      ...(q.hint ? [q.hint.en] : []),
      ...('options' in q ? q.options.map((o) => o.label.en) : []),
    ]).map((s) => fillVoice(s, voice, 'en')),
  );
  return { pages: leaves(en), questions };
}
