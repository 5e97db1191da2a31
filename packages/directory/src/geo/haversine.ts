import type { Coordinates } from '../model/program.js';

/** Mean earth radius (IUGG, 6371.0088 km) in statute miles. */
export const EARTH_RADIUS_MILES = 3958.7613;
export const KM_PER_MILE = 1.609344;

const RAD = Math.PI / 180;

/** Great-circle distance in miles (haversine formula; accurate at all distances used here). */
export function distanceMiles(a: Coordinates, b: Coordinates): number {
  return haversineMiles(a.lat, a.lon, b.lat, b.lon);
}

/** The same on bare numbers, for the search's inner loop. */
export function haversineMiles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
