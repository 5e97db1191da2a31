import type { Lang, Voice } from './question-types.js';

const EN: Readonly<Record<string, Readonly<Record<Voice, string>>>> = {
  you: { you: 'you', he: 'he', she: 'she', they: 'they' },
  You: { you: 'You', he: 'He', she: 'She', they: 'They' },
  your: { you: 'your', he: 'his', she: 'her', they: 'their' },
  Your: { you: 'Your', he: 'His', she: 'Her', they: 'Their' },
  // After a verb or a preposition: "stay with {you-obj}" → "stay with her", never "with she".
  'you-obj': { you: 'you', he: 'him', she: 'her', they: 'them' },
  yourself: { you: 'yourself', he: 'himself', she: 'herself', they: 'themselves' },
  s: { you: '', he: 's', she: 's', they: '' },
  // What the one answering says to a program about the person: "a place for me", "for him".
  me: { you: 'me', he: 'him', she: 'her', they: 'them' },
  my: { you: 'my', he: 'his', she: 'her', they: 'their' },
};
// Spanish uses the same verb form for "usted" and for "él/ella", so only the pronoun changes.
const ES: Readonly<Record<string, Readonly<Record<Voice, string>>>> = {
  usted: { you: 'usted', he: 'él', she: 'ella', they: 'esa persona' },
  // After "para": "lugar para mí", "para él".
  mí: { you: 'mí', he: 'él', she: 'ella', they: 'esa persona' },
};

/**
 * Fill a question template for the person it is about. `{you}` (subject), `{you-obj}` (object),
 * `{your}`… name them; `{a|b}` picks
 * `a` for "you"/"they" and `b` for "he"/"she" (English verb agreement: `{Do|Does}`).
 */
export function fillVoice(template: string, voice: Voice, lang: Lang): string {
  const table = lang === 'en' ? EN : ES;
  return template.replace(/\{([^{}|]+)(?:\|([^{}]*))?\}/g, (whole, a: string, b: string | undefined) => {
    if (b !== undefined) return voice === 'he' || voice === 'she' ? b : a;
    return table[a]?.[voice] ?? whole;
  });
}
