import type { Decision, CareCase, LevelCode } from '@carelevel/engine';
import { PAYMENTS_FOR_COVERAGE, SUPPORT_POPULATIONS, SUPPORT_SERVICES } from '../crosswalk/support-services.js';
import { MEDICATIONS_FOR, type Medication, type Population, type Scope, type ScheduleTrack, type Service } from '../model/vocabulary.js';
import type { DirectoryIndex } from './directory-index.js';
import type { ProgramFilters, SearchQuery } from './filters.js';
import { searchPrograms, type SearchResponse } from './search-programs.js';

/** The parts of an engine decision the directory needs. */
export type RecommendationNeeds = Pick<Decision, 'level' | 'withdrawalManagement' | 'offerMedication'> & {
  readonly supports?: Decision['supports'];
};

const DAY_PROGRAMS: readonly LevelCode[] = ['intensive-outpatient', 'partial-hospitalization'];

/**
 * The search a recommendation implies. Must hold: the recommended level, the withdrawal-management
 * setting, and the kind of problem. Should hold (ranked, shown as fits and misfits): medication,
 * coverage, schedule, language, population and the supports beside the level (a recovery residence,
 * childcare), because a program that misses one of these may still be the best reachable choice and
 * the person should see why.
 */
export function recommendationQuery(
  rec: RecommendationNeeds,
  careCase: CareCase,
  where: {
    readonly near: { lat: number; lon: number };
    readonly radiusMiles: number;
    readonly now: Date;
    readonly limit?: number;
    readonly offset?: number;
  },
): SearchQuery {
  const practical = careCase.practical ?? {};
  const filters: ProgramFilters = {
    levels: [rec.level],
    ...(rec.withdrawalManagement !== 'none' ? { withdrawalManagement: [rec.withdrawalManagement] } : {}),
  };
  const medications = [...new Set(rec.offerMedication.flatMap((m) => MEDICATIONS_FOR[m]))] as Medication[];
  const populations: Population[] = [];
  const age = careCase.ageYears;
  if (careCase.population === 'adolescent' || (age !== undefined && age < 18)) populations.push('adolescents');
  else if (age !== undefined && age <= 25) populations.push('young-adults');
  else if (age !== undefined && age >= 65) populations.push('seniors');
  if (careCase.physicalHealth?.pregnant) populations.push('pregnant-postpartum');
  const supports = rec.supports ?? [];
  for (const s of supports) for (const p of SUPPORT_POPULATIONS[s.code] ?? []) if (!populations.includes(p)) populations.push(p);
  const services = [...new Set(supports.flatMap((s) => SUPPORT_SERVICES[s.code]))] as Service[];
  const tracks: ScheduleTrack[] = DAY_PROGRAMS.includes(rec.level) ? [...(practical.scheduleWindows ?? [])] : [];
  const language = practical.language?.split('-')[0]?.toLowerCase();
  const preferences: ProgramFilters = {
    ...(medications.length > 0 ? { medications } : {}),
    ...(practical.coverage ? { payments: PAYMENTS_FOR_COVERAGE[practical.coverage] } : {}),
    ...(populations.length > 0 ? { populations } : {}),
    ...(services.length > 0 ? { services } : {}),
    ...(tracks.length > 0 ? { scheduleTracks: tracks } : {}),
    ...(language && language !== 'en' ? { languages: [language] } : {}),
  };
  const scope: Scope | undefined = careCase.primaryConcern;
  return {
    near: where.near,
    radiusMiles: where.radiusMiles,
    ...(scope ? { scope } : {}),
    filters,
    preferences,
    sort: 'fit',
    now: where.now,
    ...(where.limit !== undefined ? { limit: where.limit } : {}),
    ...(where.offset !== undefined ? { offset: where.offset } : {}),
  };
}

export { PAYMENTS_FOR_COVERAGE };

/** Programs for a recommendation in one call. */
export function searchForRecommendation(
  ix: DirectoryIndex,
  rec: RecommendationNeeds,
  careCase: CareCase,
  where: Parameters<typeof recommendationQuery>[2],
): SearchResponse {
  return searchPrograms(ix, recommendationQuery(rec, careCase, where));
}
