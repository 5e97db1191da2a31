import { EARTH_RADIUS_MILES } from '../geo/haversine.js';

/** A lon/lat rectangle; `west > east` never happens: boxes across the antimeridian are split in two. */
export interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

const DEG = 180 / Math.PI;

/**
 * The lon/lat boxes that contain every point within `miles` of the centre (great-circle). The
 * longitude half-width is asin(sin d / cos φ), the widest a circle of angular radius d gets at
 * latitude φ; near a pole the box takes every longitude. Slightly enlarged so the exact distance
 * test after it decides the edge, never the box.
 */
export function boxesAround(lat: number, lon: number, miles: number): Box[] {
  const d = miles / EARTH_RADIUS_MILES;
  const dLat = d * DEG * 1.000001 + 1e-9;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  const cosLat = Math.cos(lat / DEG);
  const s = Math.sin(Math.min(d, Math.PI / 2));
  if (north >= 90 || south <= -90 || s >= cosLat || d >= Math.PI / 2) return [{ west: -180, south, east: 180, north }];
  const dLon = Math.asin(s / cosLat) * DEG * 1.000001 + 1e-9;
  const west = lon - dLon;
  const east = lon + dLon;
  if (west < -180)
    return [
      { west: west + 360, south, east: 180, north },
      { west: -180, south, east, north },
    ];
  if (east > 180)
    return [
      { west, south, east: 180, north },
      { west: -180, south, east: east - 360, north },
    ];
  return [{ west, south, east, north }];
}
