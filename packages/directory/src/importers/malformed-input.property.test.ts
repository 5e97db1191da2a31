import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipTable } from '../geo/zip-centroids.js';
import { IMPORT_FORMATS } from './detect-format.js';
import { ImportFileError } from './import-issue.js';
import { readPrograms } from './read-programs.js';

const VALID = 'id,name,city,state,zip,scope,latitude,longitude\nx1,A — Fictional,Dover,DE,19901,substance-use,39.1,-75.5\n';

/** Reading never crashes: every bad input is an ImportFileError or located row issues. */
function readAll(bytes: Uint8Array, format?: (typeof IMPORT_FORMATS)[number]): 'ok' | 'issues' | 'rejected' {
  try {
    const read = readPrograms(bytes, { file: 'f', zips: zipTable(), ...(format ? { format } : {}) });
    let issues = false;
    for (const row of read.rows) {
      if ('issues' in row) {
        issues = true;
        for (const i of row.issues) {
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.line).toBeGreaterThanOrEqual(0);
        }
      }
    }
    return issues ? 'issues' : 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    expect((e as ImportFileError).issues.length).toBeGreaterThan(0);
    return 'rejected';
  }
}

describe('malformed import input', () => {
  it('is always reported as located issues or a file error, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(undefined, ...IMPORT_FORMATS), (bytes, format) => {
        readAll(bytes, format);
      }),
      { numRuns: 600 },
    );
  });

  it('survives any edit of a valid file: a character changed, inserted or the end cut off', () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID.length - 1 }), fc.string({ maxLength: 4 }), fc.boolean(), (at, insert, cut) => {
        const text = cut ? VALID.slice(0, at) : VALID.slice(0, at) + insert + VALID.slice(at + 1);
        readAll(Buffer.from(text), 'carelevel-csv');
      }),
      { numRuns: 600 },
    );
  });
});
