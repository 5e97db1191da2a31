import { localDate, type Message } from '@carelevel/engine';
import type { DirectoryLocale } from './directory-locale.js';
import { en } from './en.js';
import { es } from './es.js';

export const DIRECTORY_LOCALES: Readonly<Record<'en' | 'es', DirectoryLocale>> = { en, es };

/** A directory code with its facts, in words. Unknown codes come back as the code, never as a crash. */
export function renderDirectoryMessage(m: Message, locale: DirectoryLocale = en): string {
  const template = (locale.messages as Record<string, string>)[m.code];
  if (template === undefined) return m.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = m.facts?.[name];
    if (v === undefined) return '';
    const s = String(v);
    if (name === 'language') return locale.languageNames[s] ?? s;
    if (name === 'reportedAt' || name === 'lastVerified') return localDate(s, locale.dateLocale);
    return locale.values[s] ?? s;
  });
}
export type { DirectoryLocale } from './directory-locale.js';
