import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../io/import-file.js';
import { countPrograms, ImportRejectedError, loadPrograms } from '../store/program-store.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';
import { ImportFileError, formatIssue, type ImportIssue } from './import-issue.js';

const HEADER = 'id,name,city,state,zip,scope,latitude,longitude,levels,payments';
const GOOD =
  [
    HEADER,
    'a1,Good Place — Fictional,Dover,DE,19901,substance-use,39.16,-75.52,outpatient,medicaid',
    'a2,Other Place — Fictional,Dover,DE,19901,mental-health,39.17,-75.53,intensive-outpatient,private',
  ].join('\n') + '\n';

describe.each(TEST_DIALECTS)('malformed import files on %s', (dialect) => {
  let t: TestDatabase;
  let before = 0;
  let snapshot = '';
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(t.dataDir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Import a file that must fail, and prove nothing changed. */
  const rejected = async (path: string, options: Parameters<typeof importFile>[2] = {}): Promise<readonly ImportIssue[]> => {
    const error = await importFile(t.database.db, path, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(await countPrograms(t.database.db)).toBe(before);
    expect(JSON.stringify(await loadPrograms(t.database.db))).toBe(snapshot);
    if (error instanceof ImportFileError || error instanceof ImportRejectedError) return error.issues;
    throw error;
  };

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await importFile(t.database.db, file('good.csv', GOOD));
    before = await countPrograms(t.database.db);
    snapshot = JSON.stringify(await loadPrograms(t.database.db));
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('rejects a semicolon-separated file, naming the delimiter', async () => {
    const issues = await rejected(file('semicolon.csv', GOOD.replaceAll(',', ';')));
    expect(issues[0]?.message).toMatch(/separated by ";"|not separated by commas/);
    expect(issues[0]?.line).toBe(1);
  });

  it('rejects a file missing a required column, naming the column', async () => {
    const issues = await rejected(file('no-zip.csv', 'id,name,city,state,scope\na1,X,Dover,DE,substance-use\n'), {
      format: 'carelevel-csv',
    });
    expect(issues.map((i) => i.field)).toEqual(['zip']);
    expect(formatIssue(issues[0] as ImportIssue)).toMatch(/required column "zip" is missing/);
  });

  it('rejects bad coordinates with the line, column and rule', async () => {
    const issues = await rejected(
      file('bad-coords.csv', GOOD + 'a3,Third — Fictional,Dover,DE,19901,substance-use,139.1,-75.5,outpatient,\n'),
    );
    expect(issues).toEqual([
      {
        file: expect.stringContaining('bad-coords.csv') as string,
        line: 4,
        column: 51,
        field: 'latitude',
        message: 'must be a number from -90 to 90, got "139.1"',
      },
    ]);
  });

  it('rejects a truncated last line (too few fields)', async () => {
    const cut = GOOD + 'a3,Third — Fictional,Dover,DE,19';
    const issues = await rejected(file('truncated.csv', cut));
    expect(issues[0]?.line).toBe(4);
    expect(issues[0]?.message).toMatch(/cut short/);
  });

  it('rejects a truncated last line inside a quoted field', async () => {
    const issues = await rejected(file('truncated-quote.csv', GOOD + 'a3,"Third Place, cut'));
    expect(issues[0]).toMatchObject({ line: 4, column: 4 });
    expect(issues[0]?.message).toMatch(/never closed/);
  });

  it('rejects non-UTF-8 bytes with their position and a way out', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(GOOD),
      Buffer.from('a3,Cl'),
      Buffer.from([0xed]),
      Buffer.from('nica — Fictional,Dover,DE,19901,substance-use,,,outpatient,\n'),
    ]);
    const issues = await rejected(file('latin1.csv', latin1));
    expect(issues[0]).toMatchObject({ line: 4, column: 6 });
    expect(issues[0]?.message).toMatch(/0xED is not valid UTF-8.*--encoding windows-1252/);
  });

  it('reports every bad row at once, not just the first', async () => {
    const many = GOOD + 'b1,,Dover,DE,19901,substance-use,,,,\nb2,X — Fictional,Dover,ZZ,19x01,other,,,level-9,cash\n';
    const issues = await rejected(file('many.csv', many));
    expect(issues.map((i) => `${i.line}:${i.field}`)).toEqual(['4:name', '5:scope', '5:levels', '5:payments', '5:state', '5:zip']);
  });

  it('lands only the valid rows with skipInvalid and lists the skipped ones', async () => {
    const mixed = file(
      'mixed.csv',
      GOOD.replace('a1,', 'm1,').replace('a2,', 'm2,') + 'm3,Bad — Fictional,Dover,DE,19901,substance-use,95,-75,,\n',
    );
    const summary = await importFile(t.database.db, mixed, { skipInvalid: true });
    expect(summary.rowsImported).toBe(2);
    expect(summary.rowsSkipped).toBe(1);
    expect(summary.skipped.map((i) => [i.line, i.field])).toEqual([[4, 'latitude']]);
    expect(await countPrograms(t.database.db)).toBe(before + 2);
  });
});
