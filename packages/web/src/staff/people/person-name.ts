import type { PersonView } from '@carelevel/contract';
import { staffLocale } from '../i18n/language.js';

/** How a person is named on screen: given name first, as on the record. */
export const personName = (p: Pick<PersonView, 'givenName' | 'familyName'>): string => `${p.givenName} ${p.familyName}`;

/** Dates and times in a fixed, unambiguous form for records (local time), written as the workspace's language writes them. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(staffLocale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function shortDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(staffLocale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
