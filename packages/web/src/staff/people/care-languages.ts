import { words } from '../i18n/words.js';

/**
 * The languages offered in a list wherever a person's language is asked (the most spoken in US
 * behavioral-health programs after English), as tags; a stored tag outside the list is still shown.
 */
export const CARE_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ko', 'tl', 'ar', 'ru', 'fr', 'ht', 'pt'] as const;

/** The list, with a stored value that is not on it kept as a choice so nothing is lost on save. */
export const languageChoices = (current: string): readonly string[] =>
  current && !CARE_LANGUAGES.some((l) => l === current) ? [...CARE_LANGUAGES, current] : CARE_LANGUAGES;

/** The list as a select's options: each language by its name in the workspace's language. */
export const languageOptions = (current: string): { value: string; label: string }[] =>
  languageChoices(current).map((l) => ({ value: l, label: words.people.languageNames[l] ?? l }));
