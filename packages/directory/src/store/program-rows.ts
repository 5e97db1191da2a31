import type { ProgramsTable } from '@carelevel/storage';
import type { Insertable, Selectable } from 'kysely';
import type { CareOffered, Hours, Openings, Program, Serves } from '../model/program.js';
import { SCOPES, SOURCES, type Payment, type Service } from '../model/vocabulary.js';

/** The columns of `directory_programs` in the order programToRow writes them. */
export const PROGRAM_COLUMNS = [
  'id',
  'source',
  'source_id',
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
  'coordinates_from',
  'phone',
  'intake_phone',
  'website',
  'scope',
  'care',
  'payments',
  'services',
  'serves',
  'openings',
  'last_verified',
  'verified_by',
  'hours',
  'import_id',
  'updated_at',
] as const satisfies readonly (keyof ProgramsTable)[];

/** Program ↔ table row. The row shape is storage's business; the rest of the package sees Program. */
export function programToRow(p: Program, importId: string, now: string): Insertable<ProgramsTable> {
  return {
    id: p.id,
    source: p.source,
    source_id: p.sourceId,
    name: p.name,
    name2: p.name2,
    street1: p.address.street1,
    street2: p.address.street2,
    city: p.address.city,
    state: p.address.state,
    zip: p.address.zip,
    county: p.address.county,
    latitude: p.coordinates?.lat ?? null,
    longitude: p.coordinates?.lon ?? null,
    coordinates_from: p.coordinatesFrom,
    phone: p.phone,
    intake_phone: p.intakePhone,
    website: p.website,
    scope: p.scope,
    care: JSON.stringify(p.care),
    payments: JSON.stringify(p.payments),
    services: JSON.stringify(p.services),
    serves: JSON.stringify(p.serves),
    openings: p.openings ? JSON.stringify(p.openings) : null,
    last_verified: p.lastVerified,
    verified_by: p.verifiedBy ?? (p.lastVerified ? 'source' : null),
    hours: p.hours ? JSON.stringify(p.hours) : null,
    import_id: importId,
    updated_at: now,
  };
}

/** A closed-vocabulary column: a value outside it means the row was not written by programToRow. */
function oneOf<T extends string>(list: readonly T[], value: string | null, column: string): T {
  const found = list.find((x) => x === value);
  if (found === undefined) throw new Error(`directory_programs.${column} holds ${String(value)}, outside its vocabulary`);
  return found;
}

// The JSON columns as programToRow wrote them. Rows are only ever written from validated programs,
// and checking every nested list again would slow building the index over 100,000 rows, so each
// column is read back as its type here, and nowhere else.
export const parseCare = (json: string): CareOffered => JSON.parse(json) as CareOffered;
const parsePayments = (json: string): Payment[] => JSON.parse(json) as Payment[];
const parseServices = (json: string): Service[] => JSON.parse(json) as Service[];
const parseServes = (json: string): Serves => JSON.parse(json) as Serves;
const parseOpenings = (json: string): Openings => JSON.parse(json) as Openings;
const parseHours = (json: string): Hours => JSON.parse(json) as Hours;

export function rowToProgram(r: Selectable<ProgramsTable>): Program {
  // node-postgres parses double precision to number, as better-sqlite3 does REAL
  const lat = r.latitude;
  const lon = r.longitude;
  return {
    id: r.id,
    source: oneOf(SOURCES, r.source, 'source'),
    sourceId: r.source_id,
    name: r.name,
    name2: r.name2,
    address: { street1: r.street1, street2: r.street2, city: r.city, state: r.state, zip: r.zip, county: r.county },
    coordinates: lat === null || lon === null ? null : { lat, lon },
    coordinatesFrom:
      r.coordinates_from === null ? null : oneOf(['listing', 'zip-centroid'] as const, r.coordinates_from, 'coordinates_from'),
    phone: r.phone,
    intakePhone: r.intake_phone,
    website: r.website,
    scope: oneOf(SCOPES, r.scope, 'scope'),
    care: parseCare(r.care),
    payments: parsePayments(r.payments),
    services: parseServices(r.services),
    serves: parseServes(r.serves),
    openings: r.openings === null ? null : parseOpenings(r.openings),
    // older rows (before migration 0113) and every imported listing: the listing does not say
    hours: r.hours ? parseHours(r.hours) : null,
    lastVerified: r.last_verified,
    ...(r.verified_by === 'program' ? { verifiedBy: 'program' as const } : {}),
  };
}
