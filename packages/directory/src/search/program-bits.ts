import { LEVEL_CODES } from '@carelevel/engine';
import type { Program } from '../model/program.js';
import {
  DAY_PROGRAM_LEVELS,
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  SCHEDULE_TRACKS,
  SERVICES,
  WITHDRAWAL_SETTINGS,
} from '../model/vocabulary.js';
import type { ProgramFilters } from './filters.js';

/**
 * Each vocabulary as bit positions, so a filter group is one AND of two integers. This is what keeps
 * a search over 100,000 programs within a few milliseconds.
 */
export function bitsOf(vocabulary: readonly string[], values: readonly string[] | undefined): number {
  let m = 0;
  if (values)
    for (const v of values) {
      const i = vocabulary.indexOf(v);
      if (i >= 0) m |= 1 << i;
    }
  return m;
}

export const BIT_GROUPS = {
  levels: LEVEL_CODES,
  withdrawalManagement: WITHDRAWAL_SETTINGS,
  medications: MEDICATIONS,
  payments: PAYMENTS,
  services: SERVICES,
  populations: POPULATIONS,
  scheduleTracks: SCHEDULE_TRACKS,
} as const;
export type BitGroup = keyof typeof BIT_GROUPS;
export const BIT_GROUP_NAMES = Object.keys(BIT_GROUPS) as BitGroup[];

export type GroupBits = Record<BitGroup, number>;

export function programBits(p: Program): GroupBits {
  const tracks = DAY_PROGRAM_LEVELS.flatMap((l) => p.care.scheduleTracks[l] ?? []);
  return {
    levels: bitsOf(LEVEL_CODES, p.care.levels),
    withdrawalManagement: bitsOf(WITHDRAWAL_SETTINGS, p.care.withdrawalManagement),
    medications: bitsOf(MEDICATIONS, p.care.medications),
    payments: bitsOf(PAYMENTS, p.payments),
    services: bitsOf(SERVICES, p.services),
    populations: bitsOf(POPULATIONS, p.serves.populations),
    scheduleTracks: bitsOf(SCHEDULE_TRACKS, tracks),
  };
}

export function filterBits(f: ProgramFilters | undefined): GroupBits {
  return {
    levels: bitsOf(LEVEL_CODES, f?.levels),
    withdrawalManagement: bitsOf(WITHDRAWAL_SETTINGS, f?.withdrawalManagement),
    medications: bitsOf(MEDICATIONS, f?.medications),
    payments: bitsOf(PAYMENTS, f?.payments),
    services: bitsOf(SERVICES, f?.services),
    populations: bitsOf(POPULATIONS, f?.populations),
    scheduleTracks: bitsOf(SCHEDULE_TRACKS, f?.scheduleTracks),
  };
}

/** Schedule tracks of the day-program levels asked for (all of them when none is asked for). */
export function trackBitsFor(p: Program, levels: readonly string[] | undefined): number {
  const asked = DAY_PROGRAM_LEVELS.filter((l) => levels?.includes(l));
  const from = asked.length > 0 ? asked : DAY_PROGRAM_LEVELS;
  return bitsOf(
    SCHEDULE_TRACKS,
    from.flatMap((l) => p.care.scheduleTracks[l] ?? []),
  );
}

export function popcount(n: number): number {
  let c = 0;
  for (let x = n; x !== 0; x &= x - 1) c++;
  return c;
}
