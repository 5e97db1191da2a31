import { DIRECTORY_LOCALES } from '@carelevel/directory/words';
import { LOCALE_MESSAGES, type LocaleMessages } from '@carelevel/engine';
import { staffLanguage, type StaffLanguage } from './language.js';
import { staffEn, type StaffWords } from './staff-en.js';
import { staffEs } from './staff-es.js';

const STAFF_WORDS: Readonly<Record<StaffLanguage, StaffWords>> = { en: staffEn, es: staffEs };

/** The workspace's words in a given language: for what follows its own language, such as the person's copy of a plan. */
export const wordsFor = (language: StaffLanguage): StaffWords => STAFF_WORDS[language];

/** The engine's sentences (level and dimension names, reasons) in a given language. */
export const engineWordsFor = (language: StaffLanguage): LocaleMessages => LOCALE_MESSAGES[language];

/** The workspace's words in the language chosen when it loaded (see `language.ts`). */
export const words: StaffWords = wordsFor(staffLanguage);

/** The engine's own sentences in the workspace's language. */
export const engineWords: LocaleMessages = engineWordsFor(staffLanguage);

/** The directory's own words (payment names, why a program fits or not) in the workspace's language. */
export const directoryWords: (typeof DIRECTORY_LOCALES)[StaffLanguage] = DIRECTORY_LOCALES[staffLanguage];
