import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import type { CareOffered, Serves } from '../model/program.js';
import {
  AGE_GROUPS,
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  RESIDENTIAL_STAYS,
  SERVICES,
  SEXES_ACCEPTED,
  WITHDRAWAL_SETTINGS,
  type Payment,
  type Scope,
  type Service,
} from '../model/vocabulary.js';
import type { Effect } from './effect.js';

export interface Offerings {
  readonly scope: Scope;
  readonly care: CareOffered;
  readonly payments: readonly Payment[];
  readonly services: readonly Service[];
  readonly serves: Serves;
}

/** Keep the vocabulary's order, so equal listings compare equal and output reads the same every time. */
function ordered<T extends string>(vocabulary: readonly T[], seen: ReadonlySet<string>): T[] {
  return vocabulary.filter((v) => seen.has(v));
}

/** Fold a listing's effects into our model. `defaultScope` applies when no code says what is treated. */
export function applyEffects(effects: Iterable<Effect>, defaultScope: Scope): Offerings {
  const seen: Record<Effect['kind'], Set<string>> = {
    scope: new Set(),
    level: new Set(),
    withdrawal: new Set(),
    stay: new Set(),
    otp: new Set(),
    medication: new Set(),
    payment: new Set(),
    service: new Set(),
    population: new Set(),
    age: new Set(),
    sex: new Set(),
    language: new Set(),
  };
  for (const e of effects) seen[e.kind].add(e.kind === 'otp' ? 'otp' : e.value);
  const otp = seen.otp.size > 0;
  // A certified OTP is the only outpatient setting that may dispense methadone for opioid use disorder.
  if (otp) {
    seen.medication.add('methadone');
    seen.level.add('outpatient');
  }
  if (seen.withdrawal.size > 0) seen.service.add('detox');
  return {
    scope: resolveScope(seen.scope, defaultScope),
    care: {
      levels: ordered<LevelCode>(LEVEL_CODES, seen.level),
      withdrawalManagement: ordered(WITHDRAWAL_SETTINGS, seen.withdrawal),
      residentialStays: ordered(RESIDENTIAL_STAYS, seen.stay),
      opioidTreatmentProgram: otp,
      medications: ordered(MEDICATIONS, seen.medication),
      scheduleTracks: {},
    },
    payments: ordered(PAYMENTS, seen.payment),
    services: ordered(SERVICES, seen.service),
    serves: {
      ageGroups: ordered(AGE_GROUPS, seen.age),
      sexes: ordered(SEXES_ACCEPTED, seen.sex),
      populations: ordered(POPULATIONS, seen.population),
      languages: [...seen.language].sort(),
    },
  };
}

function resolveScope(marks: ReadonlySet<string>, fallback: Scope): Scope {
  if (marks.has('co-occurring') || (marks.has('substance-use') && marks.has('mental-health'))) return 'co-occurring';
  if (marks.has('substance-use')) return 'substance-use';
  if (marks.has('mental-health')) return 'mental-health';
  return fallback;
}
