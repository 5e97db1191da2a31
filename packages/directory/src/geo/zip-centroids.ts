import { createRequire } from 'node:module';
import type { Coordinates } from '../model/program.js';

/**
 * ZIP centroids, offline, from the `zipcodes` npm package (BSD licence; US data from the free
 * federalgovernmentzipcodes.us table). Loaded once, lazily: the table is about 44,000 rows.
 */
export interface ZipPlace {
  readonly zip: string;
  readonly city: string;
  readonly state: string;
  readonly coordinates: Coordinates;
}

export interface ZipTable {
  readonly byZip: ReadonlyMap<string, ZipPlace>;
}

interface RawZip {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

let table: ZipTable | undefined;

export function zipTable(): ZipTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const raw = (require('zipcodes/lib/codes.js') as { codes: Record<string, RawZip> }).codes;
  const byZip = new Map<string, ZipPlace>();
  for (const z of Object.values(raw)) {
    if (z.country !== 'US' || !/^\d{5}$/.test(z.zip)) continue;
    if (!Number.isFinite(z.latitude) || !Number.isFinite(z.longitude)) continue;
    byZip.set(z.zip, { zip: z.zip, city: z.city, state: z.state, coordinates: { lat: z.latitude, lon: z.longitude } });
  }
  table = { byZip };
  return table;
}

/** The centroid of a five-digit ZIP, or undefined when the table does not know it. */
export function zipCoordinates(zip: string, zips: ZipTable = zipTable()): Coordinates | undefined {
  return zips.byZip.get(zip)?.coordinates;
}
