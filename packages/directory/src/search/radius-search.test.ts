import fc from 'fast-check';
import { distance as geokdbushKm } from 'geokdbush';
import { describe, expect, it } from 'vitest';
import { distanceMiles, KM_PER_MILE } from '../geo/haversine.js';
import { makeProgram } from '../test-support/programs.js';
import { buildIndex } from './directory-index.js';
import { searchPrograms } from './search-programs.js';

const now = new Date('2026-03-01T00:00:00Z');
const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });

/** Spherical law of cosines: an independent great-circle formula to hold haversine to. */
function lawOfCosinesMiles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const c = Math.sin(a.lat * r) * Math.sin(b.lat * r) + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lon - a.lon) * r);
  return Math.acos(Math.min(1, Math.max(-1, c))) * 3958.7613;
}

describe('distances', () => {
  it('agree with great-circle distance within 0.1 mile', () => {
    fc.assert(
      fc.property(lat, lon, lat, lon, (la1, lo1, la2, lo2) => {
        const a = { lat: la1, lon: lo1 };
        const b = { lat: la2, lon: lo2 };
        const d = distanceMiles(a, b);
        expect(Math.abs(d - lawOfCosinesMiles(a, b))).toBeLessThan(0.1);
        expect(Math.abs(d - geokdbushKm(lo1, la1, lo2, la2) / KM_PER_MILE)).toBeLessThan(0.1);
      }),
      { numRuns: 2000 },
    );
  });

  it('measures a quarter meridian as πR/2 and a degree of latitude as about 69.1 miles', () => {
    expect(distanceMiles({ lat: 0, lon: 20 }, { lat: 90, lon: 20 })).toBeCloseTo((Math.PI / 2) * 3958.7613, 6);
    expect(distanceMiles({ lat: 40, lon: -75 }, { lat: 41, lon: -75 })).toBeCloseTo(69.09, 2);
  });
});

describe('a radius search', () => {
  it('returns exactly the programs a linear scan finds within the radius', () => {
    const point = fc.record({ lat, lon });
    // clustered points too, so small radii have something to find
    const cluster = fc.tuple(
      point,
      fc.array(fc.record({ dLat: fc.double({ min: -2, max: 2, noNaN: true }), dLon: fc.double({ min: -2, max: 2, noNaN: true }) }), {
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        cluster,
        fc.double({ min: 0.5, max: 2500, noNaN: true }),
        fc.boolean(),
        (scattered, [centre, near], radiusMiles, atCluster) => {
          const pts = [
            ...scattered,
            ...near.map((n) => ({ lat: Math.max(-90, Math.min(90, centre.lat + n.dLat)), lon: ((centre.lon + n.dLon + 540) % 360) - 180 })),
          ];
          const programs = pts.map((p, i) => makeProgram(`p${i}`, p));
          const ix = buildIndex(programs);
          const q = atCluster ? centre : (scattered[0] ?? centre);
          const got = searchPrograms(ix, { near: q, radiusMiles, now, limit: 200, sort: 'distance' });
          const expected = programs.filter((p) => p.coordinates && distanceMiles(q, p.coordinates) <= radiusMiles).map((p) => p.id);
          expect(got.total).toBe(expected.length);
          // at most 100 programs, so one page of 200 holds every match
          expect(got.results.map((r) => r.program.id).sort()).toEqual([...expected].sort());
          for (const r of got.results) expect(r.distanceMiles).toBeLessThanOrEqual(radiusMiles + 0.005);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds programs across the antimeridian and near the poles', () => {
    const ix = buildIndex([
      makeProgram('west', { lat: 51.9, lon: 179.9 }),
      makeProgram('east', { lat: 51.9, lon: -179.9 }),
      makeProgram('pole', { lat: 89.99, lon: 10 }),
    ]);
    expect(
      searchPrograms(ix, { near: { lat: 51.9, lon: -179.95 }, radiusMiles: 10, now })
        .results.map((r) => r.program.id)
        .sort(),
    ).toEqual(['east', 'west']);
    expect(searchPrograms(ix, { near: { lat: 89.99, lon: -170 }, radiusMiles: 5, now }).total).toBe(1);
  });
});
