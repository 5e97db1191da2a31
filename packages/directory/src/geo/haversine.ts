import type { Coordinates } from '../model/program.js';

/** Mean earth radius (IUGG, 6371.0088 km) in statute miles. */
export const EARTH_RADIUS_MILES = 3958.7613;
export const KM_PER_MILE = 1.609344;

const RAD = Math.PI / 180;

/** Great-circle distance in miles (haversine formula; accurate at all distances used here). */
export function distanceMiles(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
