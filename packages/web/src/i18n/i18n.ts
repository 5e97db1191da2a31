import type { Lang } from '../questions/question-types.js';
import { en, type UiWords } from './ui-en.js';
import { es } from './ui-es.js';

export const UI: Readonly<Record<Lang, UiWords>> = { en, es };

/** Fill `{name}` placeholders. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in values ? String(values[k]) : whole));
