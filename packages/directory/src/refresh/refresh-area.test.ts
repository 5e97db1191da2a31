import { describe, expect, it } from 'vitest';
import { distanceMiles } from '../geo/haversine.js';
import { zipTable } from '../geo/zip-centroids.js';
import { readLocatorAnswer } from './locator-client.js';
import { circleArea, stateArea } from './refresh-area.js';

describe('refresh areas', () => {
  it('sweeps a state with overlapping circles that reach every one of its ZIP codes', () => {
    const zips = zipTable();
    const area = stateArea('DE', 20, zips, 'substance-use');
    expect(area?.key).toBe('state=DE;radius=20;type=substance-use');
    expect(area?.state).toBe('DE');
    const circles = area?.circles ?? [];
    expect(circles.length).toBeGreaterThan(1);
    for (const z of [...zips.byZip.values()].filter((x) => x.state === 'DE'))
      expect(circles.some((c) => distanceMiles(c.centre, z.coordinates) <= c.radiusMiles)).toBe(true);
    expect(stateArea('XX', 20, zips)).toBeUndefined();
  });

  it('keys a circle by its rounded centre, radius and type, so the same refresh finds the one before it', () => {
    expect(circleArea({ lat: 38.028224, lon: -78.472523 }, 25).key).toBe('near=38.0282,-78.4725;radius=25;type=all');
  });

  it('reads the export shape and names the first rule broken', () => {
    expect(readLocatorAnswer('{"page":1,"totalPages":2,"recordCount":3,"rows":[{"frid":"a"}]}', 'u').rows).toHaveLength(1);
    expect(() => readLocatorAnswer('{"page":0,"totalPages":2,"recordCount":3,"rows":[]}', 'u')).toThrow(
      /page: must be a whole number from 1/,
    );
    expect(() => readLocatorAnswer('{"page":1,"totalPages":2,"recordCount":3,"rows":[{}]}', 'u')).toThrow(
      /rows\[0\]\.frid: must be the facility id/,
    );
    expect(() => readLocatorAnswer('[]', 'u')).toThrow(/must be a JSON object/);
  });
});
