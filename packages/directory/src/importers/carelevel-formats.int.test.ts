import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../io/import-file.js';
import { countPrograms, getProgram, loadPrograms } from '../store/program-store.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';
import { zipTable } from '../geo/zip-centroids.js';
import { readPrograms } from './read-programs.js';
import { ImportFileError } from './import-issue.js';

/** The examples in docs/directory-formats.md are imported as they are written. */
const DOC = readFileSync(join(import.meta.dirname, '../../../../docs/directory-formats.md'), 'utf8');
const example = (lang: string): string => {
  const m = new RegExp('```' + lang + ' example\\n([\\s\\S]*?)```').exec(DOC);
  if (!m?.[1]) throw new Error(`no ${lang} example in the formats doc`);
  return m[1];
};

describe.each(TEST_DIALECTS)('our own formats on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('imports the documented CSV and JSON examples to the same programs', async () => {
    const csv = join(t.dataDir, 'example.csv');
    const json = join(t.dataDir, 'example.json');
    writeFileSync(csv, example('csv'));
    writeFileSync(json, example('json'));
    const a = await importFile(t.database.db, csv);
    expect(a).toMatchObject({ format: 'carelevel-csv', rowsImported: 2 });
    const fromCsv = await loadPrograms(t.database.db);
    const b = await importFile(t.database.db, json);
    expect(b).toMatchObject({ format: 'carelevel-json', rowsImported: 2 });
    expect(await loadPrograms(t.database.db)).toEqual(fromCsv);
    const p = fromCsv.find((x) => x.sourceId === 'ex-1');
    expect(p?.care.scheduleTracks).toEqual({ 'intensive-outpatient': ['morning', 'evening'] });
    expect(p?.openings).toEqual({ acceptingNewClients: true, seats: 4, waitlistDays: 0, reportedAt: '2026-02-20T09:00:00.000Z' });
    const ex2 = fromCsv.find((x) => x.sourceId === 'ex-2');
    expect(ex2?.coordinatesFrom).toBe('zip-centroid');
  });

  it('updates a program in place when its file is imported again with changes', async () => {
    const csv = join(t.dataDir, 'changed.csv');
    writeFileSync(csv, example('csv').replace('medicaid;sliding-fee', 'medicaid;medicare'));
    const before = await countPrograms(t.database.db);
    await importFile(t.database.db, csv);
    expect(await countPrograms(t.database.db)).toBe(before);
    const id = (await loadPrograms(t.database.db)).find((x) => x.sourceId === 'ex-1')?.id ?? '';
    expect((await getProgram(t.database.db, id))?.payments).toEqual(['medicaid', 'medicare']);
  });
});

describe('the service_code_info layout', () => {
  const header =
    'name1,name2,street1,street2,city,state,zip,zip4,county,phone,intake_prompt,intake1,intake2,website,latitude,longitude,type_facility,service_code_info';
  it('reads code groups separated by * and codes by spaces', () => {
    const text = `${header}\nExample Clinic — Fictional,,1 Example Street,,Dover,DE,19901,,Kent,555-0101,,,,,39.15,-75.52,SA,SA MH SUMH * OP OIT ODT RD * MD MC SS * SP F70 * BU NU\n`;
    const [row] = [...readPrograms(Buffer.from(text), { file: 'x.csv', zips: zipTable() }).rows];
    if (!row || !('program' in row)) throw new Error('expected a program');
    expect(row.program.scope).toBe('co-occurring');
    // RD is residential withdrawal management, not a treatment level of its own.
    expect(row.program.care.levels).toEqual(['outpatient', 'intensive-outpatient', 'partial-hospitalization']);
    expect(row.program.care.withdrawalManagement).toEqual(['residential']);
    expect(row.program.payments).toEqual(['medicaid', 'medicare', 'sliding-fee']);
    expect(row.program.serves.languages).toEqual(['es', 'ru']);
    expect(row.program.care.medications).toEqual(['buprenorphine', 'naltrexone']);
  });

  it('reports a malformed code list at its line and column', () => {
    const text = `${header}\nExample — Fictional,,1 Example St,,Dover,DE,19901,,,,,,,,39.15,-75.52,SA,SA * O/P\n`;
    const [row] = [...readPrograms(Buffer.from(text), { file: 'x.csv', zips: zipTable() }).rows];
    expect(row && 'issues' in row ? row.issues : []).toEqual([
      {
        file: 'x.csv',
        line: 2,
        column: 74,
        field: 'service_code_info',
        message: 'must be service codes separated by spaces and groups by "*", got "O/P"',
      },
    ]);
  });

  it('rejects a file whose format cannot be told, naming --format', () => {
    expect(() => readPrograms(Buffer.from('foo,bar\n1,2\n'), { file: 'x.csv', zips: zipTable() })).toThrow(ImportFileError);
    expect(() => readPrograms(Buffer.from('foo,bar\n1,2\n'), { file: 'x.csv', zips: zipTable() })).toThrow(/--format/);
  });
});
