import { describe, expect, it } from 'vitest';
import { makeProgram } from '../test-support/programs.js';
import { buildIndex } from './directory-index.js';
import { NATIONAL_HELPLINE } from './filters.js';
import { SearchInputError, searchPrograms } from './search-programs.js';

const now = new Date('2026-03-01T00:00:00Z');
const near = { lat: 39.16, lon: -75.52 };
const ids = (r: ReturnType<typeof searchPrograms>): string[] => r.results.map((x) => x.program.id).sort();

const ix = buildIndex([
  makeProgram('medicaid-iop', {
    payments: ['medicaid'],
    care: {
      levels: ['intensive-outpatient'],
      withdrawalManagement: [],
      residentialStays: [],
      opioidTreatmentProgram: false,
      medications: [],
      scheduleTracks: { 'intensive-outpatient': ['morning'] },
    },
  }),
  makeProgram('sliding-iop-evening', {
    lat: 39.2,
    payments: ['sliding-fee'],
    serves: { ageGroups: [], sexes: [], populations: ['women'], languages: ['es'] },
    care: {
      levels: ['intensive-outpatient'],
      withdrawalManagement: [],
      residentialStays: [],
      opioidTreatmentProgram: false,
      medications: ['buprenorphine'],
      scheduleTracks: { 'intensive-outpatient': ['evening', 'weekend'] },
    },
  }),
  makeProgram('private-op', { lat: 39.25, payments: ['private'] }),
  makeProgram('mh-clinic', { scope: 'mental-health', payments: ['medicaid'] }),
  makeProgram('both', { scope: 'co-occurring', payments: ['medicaid'] }),
  makeProgram('far', { lat: 41, payments: ['medicaid'] }),
  makeProgram('accepting', { lat: 39.17, openings: { acceptingNewClients: true, seats: 3, reportedAt: '2026-02-20T12:00:00Z' } }),
  makeProgram('old-news', {
    lat: 39.17,
    openings: { acceptingNewClients: true, seats: 3, reportedAt: '2025-10-01T12:00:00Z' },
    lastVerified: '2024-06-01',
  }),
  makeProgram('full', {
    lat: 39.17,
    openings: { acceptingNewClients: false, waitlistDays: 21, reportedAt: '2026-02-25T12:00:00Z' },
    lastVerified: null,
  }),
]);

describe('searching programs', () => {
  it('treats choices inside a group as OR', () => {
    const r = searchPrograms(ix, { near, radiusMiles: 25, now, filters: { payments: ['medicaid', 'sliding-fee'] } });
    expect(ids(r)).toEqual(['both', 'medicaid-iop', 'mh-clinic', 'sliding-iop-evening']);
  });

  it('combines groups with AND', () => {
    const r = searchPrograms(ix, {
      near,
      radiusMiles: 25,
      now,
      filters: { payments: ['medicaid', 'sliding-fee'], levels: ['intensive-outpatient'], scheduleTracks: ['evening'] },
    });
    expect(ids(r)).toEqual(['sliding-iop-evening']);
  });

  it('filters on language and medication, counting English as always spoken', () => {
    expect(ids(searchPrograms(ix, { near, radiusMiles: 25, now, filters: { languages: ['es'], medications: ['buprenorphine'] } }))).toEqual(
      ['sliding-iop-evening'],
    );
    expect(searchPrograms(ix, { near, radiusMiles: 25, now, filters: { languages: ['en'] } }).total).toBe(8);
  });

  it('keeps substance-use and mental-health searches apart, both finding co-occurring programs', () => {
    const su = ids(searchPrograms(ix, { near, radiusMiles: 25, now, scope: 'substance-use' }));
    const mh = ids(searchPrograms(ix, { near, radiusMiles: 25, now, scope: 'mental-health' }));
    expect(su).not.toContain('mh-clinic');
    expect(su).toContain('both');
    expect(mh).toEqual(['both', 'mh-clinic']);
    expect(ids(searchPrograms(ix, { near, radiusMiles: 25, now, scope: 'co-occurring' }))).toEqual(['both']);
  });

  it('finds only programs that recently reported taking new clients when asked for "accepting now"', () => {
    expect(ids(searchPrograms(ix, { near, radiusMiles: 25, now, acceptingNow: true }))).toEqual(['accepting']);
  });

  it('says why a program fits and what does not, as codes with facts', () => {
    const r = searchPrograms(ix, {
      near,
      radiusMiles: 25,
      now,
      filters: { levels: ['intensive-outpatient'] },
      preferences: { scheduleTracks: ['evening'], payments: ['medicaid'] },
    });
    const [first, second] = r.results;
    expect(first?.program.id).toBe('medicaid-iop');
    expect(first?.fits).toEqual([
      { code: 'offers-level', facts: { level: 'intensive-outpatient' } },
      { code: 'accepts-payment', facts: { payment: 'medicaid' } },
    ]);
    expect(first?.misfits).toContainEqual({ code: 'no-schedule-track', facts: { track: 'evening' } });
    expect(second?.fits).toContainEqual({ code: 'has-schedule-track', facts: { track: 'evening' } });
    expect(second?.misfits).toContainEqual({ code: 'payment-not-listed', facts: { payment: 'medicaid' } });
  });

  it('ranks by fit by default and by distance when asked', () => {
    const q = { near, radiusMiles: 25, now, preferences: { payments: ['private' as const] } };
    expect(searchPrograms(ix, q).results[0]?.program.id).toBe('private-op');
    const byDistance = searchPrograms(ix, { ...q, sort: 'distance' }).results.map((r) => r.distanceMiles);
    expect(byDistance).toEqual([...byDistance].sort((a, b) => a - b));
  });

  it('marks listings unverified for over a year, or never, and reports waitlists', () => {
    const r = searchPrograms(ix, { near, radiusMiles: 25, now, limit: 50 });
    const old = r.results.find((x) => x.program.id === 'old-news');
    const full = r.results.find((x) => x.program.id === 'full');
    expect(old?.stale).toBe(true);
    // How old a report is, and when the listing was checked, are things to know, not misfits.
    expect(old?.notes).toContainEqual({ code: 'listing-unverified', facts: { lastVerified: '2024-06-01', days: 638 } });
    expect(old?.misfits.map((m) => m.code)).not.toContain('openings-out-of-date');
    expect(old?.notes).toContainEqual({
      code: 'openings-out-of-date',
      facts: { reportedAt: '2025-10-01T12:00:00.000Z'.replace('.000Z', 'Z'), days: 150 },
    });
    expect(full?.misfits).toContainEqual({ code: 'waitlist', facts: { waitlistDays: 21, reportedAt: '2026-02-25T12:00:00Z' } });
    expect(full?.notes).toContainEqual({ code: 'listing-never-verified' });
    expect(r.results.find((x) => x.program.id === 'accepting')?.stale).toBe(false);
  });

  it('pages through results without overlap', () => {
    const all = searchPrograms(ix, { near, radiusMiles: 25, now, limit: 50 }).results.map((r) => r.program.id);
    const page1 = searchPrograms(ix, { near, radiusMiles: 25, now, limit: 3, offset: 0 });
    const page2 = searchPrograms(ix, { near, radiusMiles: 25, now, limit: 3, offset: 3 });
    expect(page1.total).toBe(8);
    expect([...page1.results, ...page2.results].map((r) => r.program.id)).toEqual(all.slice(0, 6));
  });

  it('never dead-ends: an empty result suggests a wider radius, a filter to drop, telehealth and the helpline', () => {
    const wider = searchPrograms(ix, {
      near: { lat: 40.5, lon: -75.52 },
      radiusMiles: 5,
      now,
      filters: { levels: ['outpatient'], payments: ['medicaid'] },
    });
    expect(wider.total).toBe(0);
    expect(wider.helpline).toBe(NATIONAL_HELPLINE);
    expect(wider.suggestions[0]).toEqual({ code: 'widen-radius', facts: { radiusMiles: 35 } });
    const narrower = searchPrograms(ix, { near, radiusMiles: 25, now, filters: { payments: ['medicaid'], languages: ['es'] } });
    expect(narrower.suggestions).toEqual([
      { code: 'drop-filter', facts: { filter: 'payments' } },
      { code: 'drop-filter', facts: { filter: 'languages' } },
      { code: 'try-telehealth' },
      { code: 'call-helpline', facts: { phone: '1-800-662-4357' } },
    ]);
  });

  it('rejects bad input naming the field and the rule', () => {
    expect(() => searchPrograms(ix, { near, radiusMiles: 0, now })).toThrow(
      new SearchInputError('radius', 'must be more than 0 and at most 3000 miles'),
    );
    expect(() => searchPrograms(ix, { near: { lat: 91, lon: 0 }, radiusMiles: 5, now })).toThrow(SearchInputError);
    expect(() => searchPrograms(ix, { near, radiusMiles: 5, now, limit: 0 })).toThrow(/limit: must be a whole number/);
  });
});
