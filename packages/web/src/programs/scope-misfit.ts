import type { UiWords } from '../i18n/ui-en.js';

type Scope = 'substance-use' | 'mental-health' | 'co-occurring';

/**
 * What a program treats against what the person is worried about (matching: a person looking
 * for one kind of care must not get the other by mistake). The search does not take the worry as a
 * filter yet, so the page says it plainly as something that does not fit rather than sending more
 * about the person. Null when it fits or when either side is unknown.
 */
export function scopeMisfit(concern: string | undefined, scope: string | undefined, p: UiWords['programs']): string | null {
  const known = (s: string | undefined): s is Scope => s === 'substance-use' || s === 'mental-health' || s === 'co-occurring';
  if (!known(concern) || !known(scope) || scope === 'co-occurring' || scope === concern) return null;
  return scope === 'mental-health' ? p.onlyMentalHealth : p.onlySubstanceUse;
}
