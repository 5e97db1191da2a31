import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDirectory, loadIndex, SAMPLE_COUNT } from '../io/load-index.js';
import { searchPrograms } from '../search/search-programs.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';
import { makeProgram } from '../test-support/programs.js';
import { countPrograms, getProgram, loadPrograms, storePrograms } from './program-store.js';

describe.each(TEST_DIALECTS)('program storage on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('fills an empty directory with the fictional sample once, and the index is built from the tables', async () => {
    const asOf = new Date('2026-03-01T00:00:00Z');
    expect(await ensureSampleDirectory(t.database.db, asOf)).toBe(SAMPLE_COUNT);
    expect(await ensureSampleDirectory(t.database.db, asOf)).toBe(0);
    expect(await countPrograms(t.database.db)).toBe(SAMPLE_COUNT);
    const index = await loadIndex(t.database.db);
    expect(index.programs).toHaveLength(SAMPLE_COUNT);
    const somewhere = index.programs[0]?.coordinates ?? { lat: 0, lon: 0 };
    expect(searchPrograms(index, { near: somewhere, radiusMiles: 1, now: asOf }).total).toBeGreaterThanOrEqual(1);
  });

  it('stores and reads back a program field for field, openings and tracks included', async () => {
    const p = makeProgram('round-trip', {
      lat: 18.1182586,
      lon: -66.17530443,
      scope: 'co-occurring',
      care: {
        levels: ['intensive-outpatient', 'partial-hospitalization'],
        withdrawalManagement: ['ambulatory'],
        residentialStays: [],
        opioidTreatmentProgram: true,
        medications: ['methadone', 'buprenorphine'],
        scheduleTracks: { 'intensive-outpatient': ['evening', 'weekend'], 'partial-hospitalization': ['morning'] },
      },
      payments: ['medicaid', 'sliding-fee'],
      serves: { ageGroups: ['adults'], sexes: ['female'], populations: ['pregnant-postpartum'], languages: ['es'] },
      openings: { acceptingNewClients: true, seats: 2, waitlistDays: 0, reportedAt: '2026-02-20T09:00:00.000Z' },
      name: 'Clínica Ejemplo — Fictional',
    });
    await storePrograms(t.database.db, [p], 'test');
    expect(await getProgram(t.database.db, 'round-trip')).toEqual(p);
    expect((await loadPrograms(t.database.db)).some((x) => x.id === 'round-trip')).toBe(true);
  });
});
