import { LOCALE_MESSAGES, type LocaleMessages } from '@carelevel/engine';
import { staffEn, type StaffWords } from './staff-en.js';

/** The staff workspace is English for now; this is the one place a language choice would go. */
export const words: StaffWords = staffEn;

/** The engine's own sentences (level and dimension names, reasons) in the workspace's language. */
export const engineWords: LocaleMessages = LOCALE_MESSAGES.en;
