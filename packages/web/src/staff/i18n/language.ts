/** The languages the staff workspace speaks. */
export const STAFF_LANGUAGES = ['en', 'es'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** Where the switch keeps a person's choice, on this browser only (no account setting to sync). */
export const LANGUAGE_KEY = 'carelevel-staff-language';

/**
 * Each language's name in itself, as a language switch shows it: someone who cannot read the current
 * language must still find their own. So these are the same in both dictionaries and live here.
 */
export const LANGUAGE_NAMES: Readonly<Record<StaffLanguage, string>> = { en: 'English', es: 'Español' };

/** Dates and numbers as written in the United States in each language (the engine's es locale uses es-US too). */
export const LOCALE_TAGS: Readonly<Record<StaffLanguage, string>> = { en: 'en-US', es: 'es-US' };

const isStaffLanguage = (v: string | null | undefined): v is StaffLanguage => v === 'en' || v === 'es';

/** A stored choice wins; else the browser's first preferred language we speak (any es-* is Spanish); else English. */
export function chooseLanguage(stored: string | null | undefined, preferred: readonly string[]): StaffLanguage {
  if (isStaffLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isStaffLanguage(base)) return base;
  }
  return 'en';
}

function storedChoice(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage can be refused (privacy settings); the browser's languages still decide.
    return null;
  }
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language];

/**
 * Chosen once, when the workspace loads: every module reads the words as a constant, so a change of
 * language stores the choice and reloads the page rather than re-rendering with new words.
 */
export const staffLanguage: StaffLanguage = chooseLanguage(storedChoice(), browserLanguages());

/** The locale for `toLocale*` and `Intl` in the workspace's language. */
export const staffLocale: string = LOCALE_TAGS[staffLanguage];

/** Store the choice and reload, so every word (module constants included) is read again in it. */
export function switchLanguage(language: StaffLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    return; // Without storage the choice could not survive the reload; stay as we are.
  }
  window.location.reload();
}
