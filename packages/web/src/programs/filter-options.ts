import { MEDICATIONS, PAYMENTS, POPULATIONS, SCHEDULE_TRACKS, SERVICES } from '@carelevel/directory/vocabulary';
import type { FilterGroup } from './program-search.js';

/** The choices offered in each filter group: the directory's own vocabulary, so the server understands every one. */
export const FILTER_OPTIONS: Readonly<Record<FilterGroup, readonly string[]>> = {
  payments: PAYMENTS,
  scheduleTracks: SCHEDULE_TRACKS,
  services: SERVICES,
  populations: POPULATIONS,
  // English is assumed everywhere (directory filters.ts); these are the languages people most ask for.
  languages: ['es', 'ase', 'zh', 'vi', 'ar', 'ht'],
  medications: MEDICATIONS,
};
