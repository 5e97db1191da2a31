import { describe, expect, it } from 'vitest';
import { resolveNear } from '../search/resolve-near.js';
import { lookupPlace } from './place-lookup.js';
import { zipCoordinates, zipTable } from './zip-centroids.js';

describe('offline ZIP and place lookup', () => {
  it('gives a ZIP centroid without any network', () => {
    const c = zipCoordinates('06708');
    expect(c?.lat).toBeCloseTo(41.55, 1);
    expect(c?.lon).toBeCloseTo(-73.06, 1);
    expect(zipCoordinates('00000')).toBeUndefined();
  });

  it('returns the choices for a city name found in several states instead of guessing', () => {
    const r = lookupPlace('Springfield', zipTable());
    expect(r.kind).toBe('choices');
    if (r.kind !== 'choices') return;
    expect(r.choices.map((c) => c.state)).toEqual(expect.arrayContaining(['IL', 'MA', 'MO', 'OH']));
  });

  it('finds one place when the state is given', () => {
    const r = lookupPlace('springfield, il', zipTable());
    expect(r.kind).toBe('found');
    if (r.kind === 'found') expect(r.place.coordinates.lat).toBeCloseTo(39.8, 0);
  });

  it('reads "near" as a ZIP, a LAT,LON pair or a place', () => {
    expect(resolveNear('19901', zipTable())).toMatchObject({ kind: 'point', label: '19901 (Dover, DE)' });
    expect(resolveNear('39.1,-75.5', zipTable())).toEqual({ kind: 'point', coordinates: { lat: 39.1, lon: -75.5 }, label: '39.1,-75.5' });
    expect(resolveNear('Washington', zipTable()).kind).toBe('choices');
    expect(resolveNear('1990', zipTable())).toEqual({ kind: 'unknown', rule: 'must be a 5-digit ZIP code' });
    expect(resolveNear('95,10', zipTable()).kind).toBe('unknown');
  });
});
