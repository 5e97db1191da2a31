import { describe, expect, it } from 'vitest';
import { zipTable } from '../geo/zip-centroids.js';
import { US_STATES } from '../importers/field-rules.js';
import { DAY_PROGRAM_LEVELS } from '../model/vocabulary.js';
import { generateSampleDirectory } from './generate-sample.js';

const asOf = new Date('2026-03-01T00:00:00Z');

describe('the sample directory', () => {
  const programs = generateSampleDirectory({ seed: 7, count: 2000, asOf, zips: zipTable() });

  it('is the same for the same seed and date', () => {
    expect(generateSampleDirectory({ seed: 7, count: 2000, asOf, zips: zipTable() })).toEqual(programs);
    expect(generateSampleDirectory({ seed: 8, count: 2000, asOf, zips: zipTable() })).not.toEqual(programs);
  });

  it('covers every state and DC', () => {
    expect(new Set(programs.map((p) => p.address.state))).toEqual(new Set(US_STATES));
  });

  it('is clearly fictional: names, phone numbers and websites', () => {
    for (const p of programs) {
      expect(p.name).toMatch(/— Fictional$/);
      expect(p.phone).toMatch(/^555-01\d\d$/);
      expect(p.website).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it('varies in levels, schedules, payments and openings', () => {
    expect(new Set(programs.flatMap((p) => p.care.levels)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(programs.flatMap((p) => DAY_PROGRAM_LEVELS.flatMap((l) => p.care.scheduleTracks[l] ?? []))).size).toBe(4);
    expect(new Set(programs.flatMap((p) => p.payments)).size).toBe(11);
    expect(programs.some((p) => p.openings?.acceptingNewClients === true)).toBe(true);
    expect(programs.some((p) => (p.openings?.waitlistDays ?? 0) > 0)).toBe(true);
    expect(new Set(programs.map((p) => p.scope)).size).toBe(3);
  });

  it('gives schedule tracks only to day programs it offers', () => {
    for (const p of programs) for (const l of Object.keys(p.care.scheduleTracks)) expect(p.care.levels).toContain(l);
  });
});
