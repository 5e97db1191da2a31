import type { Insertable, Selectable } from 'kysely';
import type { Program } from '../model/program.js';
import type { Source, Scope } from '../model/vocabulary.js';
import type { ProgramsTable } from './tables.js';

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
    import_id: importId,
    updated_at: now,
  };
}

export function rowToProgram(r: Selectable<ProgramsTable>): Program {
  // node-postgres parses double precision to number, as better-sqlite3 does REAL
  const lat = r.latitude;
  const lon = r.longitude;
  return {
    id: r.id,
    source: r.source as Source,
    sourceId: r.source_id,
    name: r.name,
    name2: r.name2,
    address: { street1: r.street1, street2: r.street2, city: r.city, state: r.state, zip: r.zip, county: r.county },
    coordinates: lat === null || lon === null ? null : { lat, lon },
    coordinatesFrom: r.coordinates_from as Program['coordinatesFrom'],
    phone: r.phone,
    intakePhone: r.intake_phone,
    website: r.website,
    scope: r.scope as Scope,
    care: JSON.parse(r.care) as Program['care'],
    payments: JSON.parse(r.payments) as Program['payments'],
    services: JSON.parse(r.services) as Program['services'],
    serves: JSON.parse(r.serves) as Program['serves'],
    openings: r.openings === null ? null : (JSON.parse(r.openings) as Program['openings']),
    lastVerified: r.last_verified,
  };
}
