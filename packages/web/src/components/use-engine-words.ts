import type { LocaleMessages } from '@carelevel/engine';
import { useEffect, useState } from 'react';
import type { Lang } from '../questions/question-types.js';

let cache: Readonly<Record<Lang, LocaleMessages>> | null = null;
const load = (): Promise<Readonly<Record<Lang, LocaleMessages>>> => import('@carelevel/engine').then((m) => (cache = m.LOCALE_MESSAGES));

/** Start fetching the engine once the first question is on screen, so later pages open at once. */
export function warmEngine(): void {
  void load();
}

/**
 * The engine's words, loaded apart from the first screen to keep the questions fast. The crisis
 * screen shows its call buttons at once and the engine's message as soon as this resolves.
 */
export function useEngineWords(lang: Lang): LocaleMessages | null {
  const [words, setWords] = useState(cache);
  useEffect(() => {
    if (words === null) void load().then(setWords);
  }, [words]);
  return words?.[lang] ?? null;
}
