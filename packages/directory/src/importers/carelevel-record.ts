import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import type { Offerings } from '../crosswalk/apply-effects.js';
import type { Openings } from '../model/program.js';
import {
  AGE_GROUPS,
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  RESIDENTIAL_STAYS,
  SCHEDULE_TRACKS,
  SCOPES,
  SERVICES,
  SEXES_ACCEPTED,
  WITHDRAWAL_SETTINGS,
  isOneOf,
} from '../model/vocabulary.js';
import { assembleProgram, type Located } from './assemble-program.js';
import {
  checkBoolean,
  checkInstant,
  checkLanguageTags,
  checkList,
  checkNonNegativeInteger,
  isMissing,
  type Checked,
} from './field-rules.js';
import type { ImportIssue } from './import-issue.js';
import { rowOutcome, type ReadContext, type RowOutcome } from './row-outcome.js';

/**
 * carelevel's own listing format (docs/directory-formats.md). The CSV columns and the JSON fields have
 * the same names; in CSV a list is written with `;` between items. One validator serves both.
 */
export const CARELEVEL_FIELDS = [
  'id',
  'name',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'county',
  'latitude',
  'longitude',
  'phone',
  'intake_phone',
  'website',
  'scope',
  'levels',
  'withdrawal_management',
  'residential_stays',
  'opioid_treatment_program',
  'medications',
  'iop_tracks',
  'php_tracks',
  'payments',
  'services',
  'age_groups',
  'sexes',
  'populations',
  'languages',
  'accepting_new_clients',
  'beds',
  'seats',
  'waitlist_days',
  'openings_reported_at',
  'last_verified',
] as const;
export type CarelevelField = (typeof CARELEVEL_FIELDS)[number];

export const CARELEVEL_REQUIRED: readonly CarelevelField[] = ['id', 'name', 'city', 'state', 'zip', 'scope'];

/** A record's values as text, each with where it sits in the file. */
export type FieldSource = (name: CarelevelField) => Located;

export function readCarelevelRecord(line: number, get: FieldSource, ctx: ReadContext): RowOutcome {
  const issues: ImportIssue[] = [];
  const check = <T>(name: CarelevelField, rule: (raw: string) => Checked<T>, fallback: T): T => {
    const l = get(name);
    if (isMissing(l.value)) return fallback;
    const c = rule(l.value);
    if (c.ok) return c.value;
    issues.push({ file: ctx.file, line: l.line, column: l.column, field: l.field, message: c.message });
    return fallback;
  };
  const id = get('id');
  if (isMissing(id.value))
    issues.push({
      file: ctx.file,
      line: id.line,
      column: id.column,
      field: id.field,
      message: 'is required (your stable id for the program)',
    });
  const scopeAt = get('scope');
  const scope = scopeAt.value.trim();
  if (!isOneOf(SCOPES, scope)) {
    issues.push({
      file: ctx.file,
      line: scopeAt.line,
      column: scopeAt.column,
      field: scopeAt.field,
      message: `must be one of ${SCOPES.join(', ')}, got "${scopeAt.value}"`,
    });
  }
  const levels = check<LevelCode[]>('levels', (r) => checkList(r, LEVEL_CODES), []);
  const iop = check('iop_tracks', (r) => checkList(r, SCHEDULE_TRACKS), []);
  const php = check('php_tracks', (r) => checkList(r, SCHEDULE_TRACKS), []);
  const trackLevel = (name: CarelevelField, tracks: readonly string[], level: LevelCode): void => {
    if (tracks.length > 0 && !levels.includes(level)) {
      const l = get(name);
      issues.push({
        file: ctx.file,
        line: l.line,
        column: l.column,
        field: l.field,
        message: `gives tracks but levels does not include ${level}`,
      });
    }
  };
  trackLevel('iop_tracks', iop, 'intensive-outpatient');
  trackLevel('php_tracks', php, 'partial-hospitalization');
  const offerings: Offerings = {
    scope: isOneOf(SCOPES, scope) ? scope : 'substance-use',
    care: {
      levels,
      withdrawalManagement: check('withdrawal_management', (r) => checkList(r, WITHDRAWAL_SETTINGS), []),
      residentialStays: check('residential_stays', (r) => checkList(r, RESIDENTIAL_STAYS), []),
      opioidTreatmentProgram: check('opioid_treatment_program', checkBoolean, false),
      medications: check('medications', (r) => checkList(r, MEDICATIONS), []),
      scheduleTracks: {
        ...(iop.length > 0 ? { 'intensive-outpatient': iop } : {}),
        ...(php.length > 0 ? { 'partial-hospitalization': php } : {}),
      },
    },
    payments: check('payments', (r) => checkList(r, PAYMENTS), []),
    services: check('services', (r) => checkList(r, SERVICES), []),
    serves: {
      ageGroups: check('age_groups', (r) => checkList(r, AGE_GROUPS), []),
      sexes: check('sexes', (r) => checkList(r, SEXES_ACCEPTED), []),
      populations: check('populations', (r) => checkList(r, POPULATIONS), []),
      languages: check('languages', checkLanguageTags, []),
    },
  };
  const openings = readOpenings(get, check, issues, ctx);
  const result = assembleProgram(
    {
      source: 'carelevel',
      dataset: 'carelevel',
      sourceId: id.value.trim() || null,
      name: get('name'),
      name2: get('name2'),
      street1: get('street1'),
      street2: get('street2'),
      city: get('city'),
      state: get('state'),
      zip: get('zip'),
      county: get('county'),
      phone: get('phone'),
      intakePhone: get('intake_phone'),
      website: get('website'),
      latitude: get('latitude'),
      longitude: get('longitude'),
      lastVerified: get('last_verified'),
    },
    offerings,
    { openings },
    ctx,
    issues,
  );
  return rowOutcome(line, result);
}

function readOpenings(
  get: FieldSource,
  check: <T>(name: CarelevelField, rule: (raw: string) => Checked<T>, fallback: T) => T,
  issues: ImportIssue[],
  ctx: ReadContext,
): Openings | null {
  const names: CarelevelField[] = ['accepting_new_clients', 'beds', 'seats', 'waitlist_days'];
  if (names.every((n) => isMissing(get(n).value)) && isMissing(get('openings_reported_at').value)) return null;
  const accepting = check<boolean | undefined>('accepting_new_clients', checkBoolean, undefined);
  const reportedAt = check<string | undefined>('openings_reported_at', checkInstant, undefined);
  // An opening without the time it was reported cannot be trusted, so the pair is required together.
  for (const [name, value] of [
    ['accepting_new_clients', accepting],
    ['openings_reported_at', reportedAt],
  ] as const) {
    const l = get(name);
    if (value === undefined && isMissing(l.value)) {
      issues.push({ file: ctx.file, line: l.line, column: l.column, field: l.field, message: 'is required when openings are reported' });
    }
  }
  const beds = check<number | undefined>('beds', checkNonNegativeInteger, undefined);
  const seats = check<number | undefined>('seats', checkNonNegativeInteger, undefined);
  const waitlistDays = check<number | undefined>('waitlist_days', checkNonNegativeInteger, undefined);
  if (accepting === undefined || reportedAt === undefined) return null;
  return {
    acceptingNewClients: accepting,
    ...(beds !== undefined ? { beds } : {}),
    ...(seats !== undefined ? { seats } : {}),
    ...(waitlistDays !== undefined ? { waitlistDays } : {}),
    reportedAt,
  };
}
