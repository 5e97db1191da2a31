import { describe, expect, it } from 'vitest';
import { searchUrl } from './program-search.js';

describe('searchUrl', () => {
  it('carries only the ZIP, the level, the radius and the chosen filters', () => {
    const url = searchUrl({
      zip: '97201',
      level: 'intensive-outpatient',
      radiusMiles: 25,
      filters: { payments: ['medicaid', 'sliding-fee'], scheduleTracks: ['evening'], services: [] },
    });
    const [path, query] = url.split('?');
    expect(path).toBe('api/v1/programs');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      near: '97201',
      levels: 'intensive-outpatient',
      radiusMiles: '25',
      payments: 'medicaid,sliding-fee',
      scheduleTracks: 'evening',
    });
  });
});
