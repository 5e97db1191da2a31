import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../io/import-file.js';
import type { Program } from '../model/program.js';
import { countPrograms, loadPrograms, type ImportSummary } from '../store/program-store.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';
import { SHARED_DATA } from '@carelevel/engine/testing';

const FILES = {
  su: 'locator-substance-use-facilities-2020.csv',
  mh: 'locator-mental-health-facilities-2020.csv',
  otp: 'otp-directory-geocoded.csv',
  ca: 'findtreatment-ca-residential-2025.csv',
  api: 'findtreatment-api-sample-2019.json',
  wide: 'locator-wide-export-sample.csv',
} as const;

describe.each(TEST_DIALECTS)('importing the shared locator files into %s', (dialect) => {
  let t: TestDatabase;
  const summaries: Partial<Record<keyof typeof FILES, ImportSummary>> = {};
  let programs: Program[] = [];
  const find = (pred: (p: Program) => boolean): Program => {
    const p = programs.find(pred);
    if (!p) throw new Error('spot-check row not found');
    return p;
  };

  // The big files are imported once for the whole file of tests.
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    for (const [key, name] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
      summaries[key] = await importFile(t.database.db, join(SHARED_DATA, name), key === 'otp' ? { encoding: 'windows-1252' } : {});
    }
    programs = await loadPrograms(t.database.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('imports every row of each file, with the counts the data README gives', () => {
    expect(summaries.su?.rowsImported).toBe(14_034);
    expect(summaries.mh?.rowsImported).toBe(11_375);
    expect(summaries.otp?.rowsImported).toBe(1_831);
    expect(summaries.ca?.rowsImported).toBe(478);
    expect(summaries.api?.rowsImported).toBe(30);
    expect(summaries.wide?.rowsImported).toBe(1);
    expect(programs).toHaveLength(14_034 + 11_375 + 1_831 + 478 + 30 + 1);
  });

  it('detects each file format without being told', () => {
    expect(summaries.su?.format).toBe('locator-listing');
    expect(summaries.mh?.format).toBe('locator-listing');
    expect(summaries.otp?.format).toBe('otp-directory');
    expect(summaries.ca?.format).toBe('locator-readable-csv');
    expect(summaries.api?.format).toBe('locator-api-json');
    expect(summaries.wide?.format).toBe('locator-wide');
  });

  it('maps the wide export row to outpatient, telehealth and its payments (MD Medicaid, MC Medicare)', () => {
    const p = find((x) => x.name === 'Worcester County Health Department' && x.lastVerified !== null);
    expect(p.name2).toBe('Pocomoke Health Center');
    expect(p.scope).toBe('substance-use');
    expect(p.care.levels).toEqual(['outpatient']);
    expect(p.services).toContain('telehealth');
    expect(p.services).toContain('co-occurring-care');
    expect(p.payments).toEqual([
      'private',
      'medicaid',
      'medicare',
      'military',
      'state-financed',
      'public-funding',
      'self-pay',
      'sliding-fee',
    ]);
    expect(p.serves.languages).toEqual(['ase']);
    expect(p.serves.populations).toEqual(['adolescents']);
    expect(p.lastVerified).toBe('2018-01-23');
    expect(p.intakePhone).toBe('410-632-1100');
    expect(p.coordinates).toEqual({ lat: 38.0720144, lon: -75.566952 });
  });

  it('maps API JSON services to levels, payments and scope', () => {
    const residential = find((x) => x.name === 'Region Ten Community Services Board' && x.name2 === 'Mohr Center' && x.sourceId !== null);
    expect(residential.scope).toBe('substance-use');
    expect(residential.care.levels).toEqual(['residential-low', 'residential-high', 'residential-medical']);
    expect(residential.care.residentialStays).toEqual(['short-term']);
    expect(residential.payments).toEqual(['private', 'medicaid', 'public-funding', 'self-pay', 'sliding-fee']);
    const dual = find((x) => x.name === 'Dual Recovery Center' && x.sourceId !== null);
    expect(dual.scope).toBe('mental-health');
    // its facility type says "Partial hospitalization/day treatment"
    expect(dual.care.levels).toEqual(['outpatient', 'partial-hospitalization']);
    expect(dual.payments).toEqual(['medicaid', 'medicare', 'self-pay']);
    const mh = find((x) => x.name === 'Region Ten Community Services Board' && x.sourceId?.startsWith('a1e80691') === true);
    expect(mh.payments).toEqual([
      'private',
      'medicaid',
      'medicare',
      'military',
      'va',
      'state-financed',
      'public-funding',
      'self-pay',
      'sliding-fee',
    ]);
    expect(mh.services).toContain('telehealth');
  });

  it('maps the readable-services CSV to long-term residential, medications and payments', () => {
    const p = find((x) => x.name === 'Friendship House' && x.address.city === 'San Francisco' && x.address.street1 === '');
    expect(p.care.levels).toEqual(['residential-low', 'residential-high']);
    expect(p.care.residentialStays).toEqual(['long-term']);
    expect(p.care.medications).toEqual(expect.arrayContaining(['buprenorphine', 'naltrexone']));
    expect(p.payments).toEqual(expect.arrayContaining(['private', 'medicaid', 'medicare', 'self-pay']));
    // treats substance use and serves clients with co-occurring disorders, without the integrated-treatment label
    expect(p.scope).toBe('substance-use');
    expect(p.services).toContain('co-occurring-care');
    expect(p.address.street1).toBe('');
    const ca = programs.filter((x) => x.address.state === 'CA' && x.address.street1 === '' && x.phone !== '');
    expect(ca.filter((x) => x.scope === 'co-occurring').length).toBe(269);
  });

  it('restores leading zeros of mental-health listing ZIPs and reads NA as missing', () => {
    const p = find((x) => x.name === 'Waterbury Hospital' && x.name2 === 'Behavioral Health');
    expect(p.address.zip).toBe('06708');
    expect(p.scope).toBe('mental-health');
    expect(p.phone).toBe('203-573-6500');
    expect(programs.filter((x) => x.source === 'samhsa-locator').every((x) => /^\d{5}$/.test(x.address.zip))).toBe(true);
  });

  it('reads the OTP directory: names from ID, POSTAL padded, Windows-1252 names decoded', () => {
    const p = find((x) => x.name === 'Clínica de Tratamiento Integral Asistido con Medicamentos Cayey');
    expect(p.address.zip).toBe('00736');
    expect(p.care.opioidTreatmentProgram).toBe(true);
    expect(p.care.medications).toContain('methadone');
    expect(p.care.levels).toEqual(['outpatient']);
    const plus4 = find((x) => x.address.street1 === 'P.O. Box 191149');
    expect(plus4.address.zip).toBe('00919');
  });

  it('keeps the substance-use listing rows that share a name and address as separate programs', () => {
    const su = programs.filter((x) => x.source === 'samhsa-locator' && x.address.city === 'Markleeville' && x.name === 'Alpine County');
    expect(su.length).toBeGreaterThanOrEqual(2);
    expect(new Set(su.map((x) => x.id)).size).toBe(su.length);
  });

  it('updates rather than duplicates when the same file is imported again', async () => {
    const before = await countPrograms(t.database.db);
    const again = await importFile(t.database.db, join(SHARED_DATA, FILES.mh));
    expect(again.rowsImported).toBe(11_375);
    expect(await countPrograms(t.database.db)).toBe(before);
  });
});
