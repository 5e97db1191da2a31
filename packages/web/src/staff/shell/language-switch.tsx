import type { ReactNode } from 'react';
import { LANGUAGE_NAMES, STAFF_LANGUAGES, staffLanguage, switchLanguage } from '../i18n/language.js';
import { words } from '../i18n/words.js';

/**
 * "English" / "Español", each in its own language (and marked so with `lang`, for screen readers), so
 * someone who cannot read the current language still finds theirs. Buttons, not links: choosing one
 * stores the choice and reloads; the current one is pressed and does nothing.
 */
export function LanguageSwitch(): ReactNode {
  return (
    <div className="language-switch" role="group" aria-label={words.app.language}>
      {STAFF_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="link-button"
          lang={language}
          aria-pressed={language === staffLanguage}
          onClick={() => {
            if (language !== staffLanguage) switchLanguage(language);
          }}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
