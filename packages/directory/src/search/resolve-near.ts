import { lookupPlace, type Place } from '../geo/place-lookup.js';
import type { ZipTable } from '../geo/zip-centroids.js';
import type { Coordinates } from '../model/program.js';

/** Where "near" points: a ZIP's centroid, a "lat,lon" pair, a place name, or places to choose from. */
export type Near =
  | { readonly kind: 'point'; readonly coordinates: Coordinates; readonly label: string }
  | { readonly kind: 'choices'; readonly choices: readonly Place[] }
  | { readonly kind: 'unknown'; readonly rule: string };

export function resolveNear(input: string, zips: ZipTable): Near {
  const v = input.trim();
  if (/^\d{5}$/.test(v)) {
    const z = zips.byZip.get(v);
    return z
      ? { kind: 'point', coordinates: z.coordinates, label: `${v} (${z.city}, ${z.state})` }
      : { kind: 'unknown', rule: `ZIP code ${v} is not in the offline ZIP table` };
  }
  const m = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(v);
  if (m) {
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
      return { kind: 'unknown', rule: 'must be LAT,LON with latitude from -90 to 90 and longitude from -180 to 180' };
    return { kind: 'point', coordinates: { lat, lon }, label: `${lat},${lon}` };
  }
  if (/^\d+$/.test(v)) return { kind: 'unknown', rule: 'must be a 5-digit ZIP code' };
  const found = lookupPlace(v, zips);
  if (found.kind === 'found')
    return { kind: 'point', coordinates: found.place.coordinates, label: `${found.place.city}, ${found.place.state}` };
  if (found.kind === 'choices') return { kind: 'choices', choices: found.choices };
  return { kind: 'unknown', rule: `must be a 5-digit ZIP, LAT,LON, or a place like "Springfield, IL"; "${v}" was not found` };
}
