import type { Coordinates } from '../model/program.js';
import type { ZipTable } from './zip-centroids.js';

export interface Place {
  readonly city: string;
  readonly state: string;
  /** Mean of the place's ZIP centroids. */
  readonly coordinates: Coordinates;
  readonly zips: readonly string[];
}

/** A place name resolves to one place, to several to choose from (never a guess), or to none. */
export type PlaceLookup =
  | { readonly kind: 'found'; readonly place: Place }
  | { readonly kind: 'choices'; readonly choices: readonly Place[] }
  | { readonly kind: 'not-found'; readonly query: string };

const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^st\.? /, 'saint ');

/** "Springfield" → the Springfields to choose from; "Springfield, IL" → one. */
export function lookupPlace(query: string, zips: ZipTable): PlaceLookup {
  const [cityPart = '', statePart = ''] = query.split(',').map((s) => s.trim());
  const city = norm(cityPart);
  const state = statePart.toUpperCase();
  const groups = new Map<string, { city: string; state: string; lat: number; lon: number; zips: string[] }>();
  for (const z of zips.byZip.values()) {
    if (norm(z.city) !== city || (state !== '' && z.state !== state)) continue;
    const key = z.state;
    const g = groups.get(key) ?? { city: z.city, state: z.state, lat: 0, lon: 0, zips: [] };
    g.lat += z.coordinates.lat;
    g.lon += z.coordinates.lon;
    g.zips.push(z.zip);
    groups.set(key, g);
  }
  const places: Place[] = [...groups.values()]
    .map((g) => ({
      city: g.city,
      state: g.state,
      coordinates: { lat: g.lat / g.zips.length, lon: g.lon / g.zips.length },
      zips: g.zips.sort(),
    }))
    .sort((a, b) => a.state.localeCompare(b.state));
  if (places.length === 0) return { kind: 'not-found', query };
  if (places.length === 1) return { kind: 'found', place: places[0] as Place };
  return { kind: 'choices', choices: places };
}
