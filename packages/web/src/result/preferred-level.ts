import { LEVELS, type LevelCode } from '@carelevel/engine';

/**
 * The level a stated preference points to, for the side-by-side. Only a preference that points the
 * other way from the recommendation counts: living at home means the most common at-home program
 * (IOP) when 24-hour care is recommended; staying at a program means residential treatment when care
 * at home is recommended. Otherwise the preference and the recommendation agree (null).
 */
export function preferredLevel(preference: string | undefined, recommended: LevelCode): LevelCode | null {
  const sleepsAway = LEVELS[recommended].sleepsAt !== 'home';
  if (preference === 'outpatient' && sleepsAway) return 'intensive-outpatient';
  if (preference === 'residential' && !sleepsAway) return 'residential-high';
  return null;
}
