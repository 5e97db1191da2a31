import { LEVEL_CODES, SUBSTANCES, type LevelCode, type SubstanceName } from '@carelevel/engine';
import { engineWords, words } from '../i18n/words.js';

const isLevel = (v: string): v is LevelCode => (LEVEL_CODES as readonly string[]).includes(v);
const isSubstance = (v: string): v is SubstanceName => (SUBSTANCES as readonly string[]).includes(v);

/** `needs-monitoring` → `Needs monitoring`. */
const fromCode = (v: string): string => (v.charAt(0).toUpperCase() + v.slice(1)).replace(/-/g, ' ');

/**
 * Words for a value code: level and substance names from the engine, a few of our own, else the code
 * made readable. `other` is "Another substance" only in a list of substances; elsewhere (sex, route)
 * it is plain "Other".
 */
export function valueLabel(v: string): string {
  if (isLevel(v)) return engineWords.levels[v];
  if (v === 'other') return words.assessment.values.other ?? 'Other';
  if (isSubstance(v)) return fromCode(engineWords.substances[v]);
  return words.assessment.values[v] ?? fromCode(v);
}

export const levelName = (level: string): string => (isLevel(level) ? engineWords.levels[level] : level);

/**
 * An instrument item's short tag, never the item's wording: the dictionary's tag where it has one
 * (Spanish), else the key made readable (`self-harm-thoughts` → `self-harm thoughts`).
 */
export const itemTag = (key: string): string => words.assessment.itemTags[key] ?? key.replace(/-/g, ' ');

/** A substance's name, `other` included ("Another substance"). */
export const substanceLabel = (v: string): string => (isSubstance(v) ? fromCode(engineWords.substances[v]) : valueLabel(v));
