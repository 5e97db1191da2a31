import { distanceMiles } from '../geo/haversine.js';
import type { ZipTable } from '../geo/zip-centroids.js';
import type { Coordinates } from '../model/program.js';
import type { LocatorType } from './locator-client.js';

/** What a refresh asks the locator for: circles (one, or a state's sweep), the type, and the key its snapshots share. */
export interface RefreshArea {
  /** Same source and same key: a later refresh compares with this one to find programs no longer listed. */
  readonly key: string;
  readonly circles: readonly { readonly centre: Coordinates; readonly radiusMiles: number }[];
  readonly type?: LocatorType | undefined;
  /** A state's sweep keeps only that state's programs (the circles reach over its borders). */
  readonly state?: string | undefined;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function circleArea(centre: Coordinates, radiusMiles: number, type?: LocatorType): RefreshArea {
  const c = { lat: round(centre.lat), lon: round(centre.lon) };
  return { key: `near=${c.lat},${c.lon};radius=${radiusMiles};type=${type ?? 'all'}`, circles: [{ centre: c, radiusMiles }], type };
}

/**
 * Sweep a state with overlapping circles of the radius: centres on a hexagonal grid (spacing
 * radius × √3, so neighbouring circles overlap and leave no gap), kept where a ZIP of the state lies
 * within the radius. Undefined when no ZIP of the table is in that state.
 */
export function stateArea(state: string, radiusMiles: number, zips: ZipTable, type?: LocatorType): RefreshArea | undefined {
  const points = [...zips.byZip.values()].filter((z) => z.state === state).map((z) => z.coordinates);
  if (points.length === 0) return undefined;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const stepMiles = radiusMiles * Math.sqrt(3);
  const latStep = stepMiles / 69.0;
  const circles: { centre: Coordinates; radiusMiles: number }[] = [];
  let row = 0;
  for (let lat = south; lat <= north + latStep; lat += latStep * (Math.sqrt(3) / 2), row++) {
    const lonStep = stepMiles / (69.17 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    for (let lon = west + (row % 2 === 1 ? lonStep / 2 : 0) - lonStep; lon <= east + lonStep; lon += lonStep) {
      const centre = { lat: round(lat), lon: round(lon) };
      if (points.some((p) => distanceMiles(p, centre) <= radiusMiles)) circles.push({ centre, radiusMiles });
    }
  }
  return { key: `state=${state};radius=${radiusMiles};type=${type ?? 'all'}`, circles, type, state };
}
