import type { LevelCode } from '@carelevel/engine';
import type { ZipPlace, ZipTable } from '../geo/zip-centroids.js';
import { US_STATES } from '../importers/field-rules.js';
import type { Openings, Program } from '../model/program.js';
import { identityKey, programId } from '../model/program-identity.js';
import {
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  SCHEDULE_TRACKS,
  type DayProgramLevel,
  type Medication,
  type Payment,
  type Population,
  type ResidentialStay,
  type ScheduleTrack,
  type Scope,
  type Service,
  type WithdrawalSetting,
} from '../model/vocabulary.js';
import { seededRandom } from './seeded-random.js';

/**
 * A clearly fictional directory for the embedded default (used when no real data is imported) and
 * for benchmarks. Every name says "Fictional", every phone number is in the 555-0100–0199 range
 * reserved for fiction, websites are on example.org. Deterministic for a given seed and date.
 */
export interface SampleOptions {
  readonly seed: number;
  /** Total programs, spread over the 50 states and DC (at least one each). */
  readonly count: number;
  /** Openings and verification dates are set relative to this. */
  readonly asOf: Date;
  readonly zips: ZipTable;
}

interface Archetype {
  readonly kind: string;
  readonly weight: number;
  readonly scope: Scope | 'any';
  readonly levels: readonly LevelCode[];
  readonly withdrawal: readonly WithdrawalSetting[];
  readonly stays: readonly ResidentialStay[];
  readonly otp: boolean;
}

const ARCHETYPES: readonly Archetype[] = [
  {
    kind: 'Outpatient Clinic',
    weight: 30,
    scope: 'any',
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: [],
    stays: [],
    otp: false,
  },
  {
    kind: 'Day Treatment Center',
    weight: 15,
    scope: 'any',
    levels: ['intensive-outpatient', 'partial-hospitalization'],
    withdrawal: [],
    stays: [],
    otp: false,
  },
  {
    kind: 'Recovery Center',
    weight: 15,
    scope: 'substance-use',
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: ['ambulatory'],
    stays: [],
    otp: false,
  },
  {
    kind: 'Residential Program',
    weight: 12,
    scope: 'substance-use',
    levels: ['residential-low', 'residential-high'],
    withdrawal: [],
    stays: ['short-term', 'long-term'],
    otp: false,
  },
  {
    kind: 'Withdrawal and Residential Center',
    weight: 6,
    scope: 'substance-use',
    levels: ['residential-high', 'residential-medical'],
    withdrawal: ['residential'],
    stays: ['short-term'],
    otp: false,
  },
  {
    kind: 'Hospital Behavioral Unit',
    weight: 5,
    scope: 'co-occurring',
    levels: ['inpatient-medical', 'partial-hospitalization'],
    withdrawal: ['inpatient'],
    stays: [],
    otp: false,
  },
  { kind: 'Opioid Treatment Program', weight: 7, scope: 'substance-use', levels: ['outpatient'], withdrawal: [], stays: [], otp: true },
  {
    kind: 'Counseling Center',
    weight: 10,
    scope: 'mental-health',
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: [],
    stays: [],
    otp: false,
  },
];
const TOTAL_WEIGHT = ARCHETYPES.reduce((s, a) => s + a.weight, 0);
const WORDS = ['Example', 'Sample', 'Placeholder', 'Demo', 'Specimen', 'Model', 'Illustrative', 'Pretend'];
const PLACES = ['Riverside', 'Hillcrest', 'Lakeview', 'Maple', 'Cedar', 'Harbor', 'Prairie', 'Summit', 'Valley', 'Bridge'];
const PAYMENT_ODDS: Readonly<Record<Payment, number>> = {
  private: 0.75,
  medicaid: 0.7,
  medicare: 0.45,
  military: 0.35,
  va: 0.12,
  'state-financed': 0.35,
  'public-funding': 0.3,
  'self-pay': 0.9,
  'sliding-fee': 0.4,
  'payment-assistance': 0.2,
  free: 0.05,
};
const POPULATION_ODDS: Readonly<Record<Population, number>> = {
  adolescents: 0.15,
  'young-adults': 0.3,
  seniors: 0.2,
  women: 0.3,
  men: 0.3,
  'pregnant-postpartum': 0.12,
  veterans: 0.25,
  'active-duty-military': 0.08,
  'military-families': 0.1,
  lgbtq: 0.25,
  'justice-involved': 0.3,
};
const LANGUAGE_ODDS: readonly (readonly [string, number])[] = [
  ['es', 0.35],
  ['ase', 0.1],
  ['vi', 0.04],
  ['zh', 0.04],
  ['ru', 0.03],
  ['ar', 0.03],
  ['ht', 0.02],
  ['ko', 0.02],
];

export function generateSampleDirectory(options: SampleOptions): Program[] {
  const rand = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number): boolean => rand() < p;
  const byState = new Map<string, ZipPlace[]>();
  for (const z of options.zips.byZip.values()) {
    if (!(US_STATES as readonly string[]).includes(z.state)) continue;
    const list = byState.get(z.state) ?? [];
    list.push(z);
    byState.set(z.state, list);
  }
  for (const list of byState.values()) list.sort((a, b) => (a.zip < b.zip ? -1 : 1));
  const states = [...US_STATES].filter((s) => byState.has(s));
  const programs: Program[] = [];
  const asOf = options.asOf.getTime();
  for (let n = 0; n < options.count; n++) {
    // every state and DC first, then ZIPs at random (so denser states get more programs)
    const state = n < states.length ? (states[n] as string) : pick(states);
    const zip = pick(byState.get(state) as ZipPlace[]);
    const a = weightedArchetype(rand());
    const scope: Scope = a.scope === 'any' ? pick<Scope>(['substance-use', 'mental-health', 'co-occurring', 'co-occurring']) : a.scope;
    const name = `${pick(WORDS)} ${pick(PLACES)} ${a.kind} — Fictional`;
    const street1 = `${100 + Math.floor(rand() * 9800)} Example Street (fictional)`;
    const coordinates = {
      lat: round6(zip.coordinates.lat + (rand() - 0.5) * 0.04),
      lon: round6(zip.coordinates.lon + (rand() - 0.5) * 0.04),
    };
    const phone = `555-01${String(Math.floor(rand() * 100)).padStart(2, '0')}`;
    const scheduleTracks: Partial<Record<DayProgramLevel, ScheduleTrack[]>> = {};
    for (const l of ['intensive-outpatient', 'partial-hospitalization'] as const) {
      if (!a.levels.includes(l)) continue;
      const tracks = SCHEDULE_TRACKS.filter((t) => chance(t === 'morning' ? 0.7 : t === 'evening' ? 0.45 : t === 'afternoon' ? 0.4 : 0.15));
      scheduleTracks[l] = tracks.length > 0 ? tracks : ['morning'];
    }
    const medications: Medication[] = a.otp
      ? ['methadone', 'buprenorphine', ...(chance(0.5) ? (['naltrexone'] as const) : [])]
      : scope === 'mental-health'
        ? []
        : MEDICATIONS.filter((m) => m !== 'methadone' && chance(0.35));
    const services: Service[] = ['individual-therapy', 'group-therapy'];
    if (chance(0.6)) services.push('family-therapy');
    if (a.withdrawal.length > 0) services.push('detox');
    if (chance(0.25)) services.push('holistic');
    if (chance(0.4)) services.push('life-skills');
    if (chance(0.5)) services.push('peer-support');
    if (chance(0.45)) services.push('telehealth');
    if (scope === 'co-occurring') services.push('co-occurring-care');
    if (chance(0.5)) services.push('case-management');
    if (chance(0.4)) services.push('trauma-care');
    // Ancillary supports draw from a stream of their own, so adding them left every other sample
    // field (and the tests that read them) as it was.
    const side = seededRandom(options.seed * 7919 + n);
    if (a.levels.some((l) => l.startsWith('residential')) ? side() < 0.3 : side() < 0.12) services.push('recovery-housing');
    if (side() < 0.3) services.push('housing-help');
    if (side() < 0.2) services.push('childcare');
    if (side() < 0.3) services.push('transport-help');
    const key = identityKey({
      source: 'sample',
      dataset: 'sample',
      sourceId: `sample-${options.seed}-${n}`,
      name,
      name2: '',
      street1,
      street2: '',
      city: zip.city,
      state,
      zip: zip.zip,
      phone,
      position: '',
    });
    const verifiedDaysAgo = Math.floor(rand() * 540);
    programs.push({
      id: programId(key, 1),
      source: 'sample',
      sourceId: `sample-${options.seed}-${n}`,
      name,
      name2: '',
      address: { street1, street2: '', city: zip.city, state, zip: zip.zip, county: '' },
      coordinates,
      coordinatesFrom: 'listing',
      phone,
      intakePhone: chance(0.5) ? `555-01${String(Math.floor(rand() * 100)).padStart(2, '0')}` : '',
      website: `https://example.org/fictional/${n}`,
      scope,
      care: {
        levels: a.levels,
        withdrawalManagement: a.withdrawal,
        residentialStays: a.stays,
        opioidTreatmentProgram: a.otp,
        medications,
        scheduleTracks,
      },
      payments: PAYMENTS.filter((p) => chance(PAYMENT_ODDS[p])),
      services,
      serves: {
        ageGroups: chance(0.15) ? ['children-adolescents'] : chance(0.8) ? ['young-adults', 'adults', 'seniors'] : ['adults'],
        sexes: chance(0.1) ? [pick(['female', 'male'] as const)] : ['female', 'male'],
        populations: POPULATIONS.filter((p) => chance(POPULATION_ODDS[p])),
        languages: LANGUAGE_ODDS.filter(([, p]) => chance(p))
          .map(([l]) => l)
          .sort(),
      },
      openings: chance(0.7) ? sampleOpenings(rand, a, asOf) : null,
      hours: null,
      lastVerified: new Date(asOf - verifiedDaysAgo * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return programs;
}

function weightedArchetype(r: number): Archetype {
  let x = r * TOTAL_WEIGHT;
  for (const a of ARCHETYPES) {
    x -= a.weight;
    if (x < 0) return a;
  }
  return ARCHETYPES[0] as Archetype;
}

function sampleOpenings(rand: () => number, a: Archetype, asOf: number): Openings {
  const accepting = rand() < 0.75;
  const residential = a.stays.length > 0 || a.levels.includes('inpatient-medical');
  const open = accepting ? Math.floor(rand() * 8) : 0;
  const waitlistDays = accepting && open > 0 ? 0 : Math.floor(rand() * 45);
  return {
    acceptingNewClients: accepting,
    ...(residential ? { beds: open } : { seats: open }),
    waitlistDays,
    reportedAt: new Date(asOf - Math.floor(rand() * 60 * 86_400_000)).toISOString(),
  };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
