import type { SourceText } from '../csv/csv-pieces.js';
import { applyEffects } from '../crosswalk/apply-effects.js';
import { assembleProgram } from './assemble-program.js';
import { csvTable } from './csv-table.js';
import { at } from './locator-csv.js';
import { rowOutcome, type ReadContext, type RowOutcome } from './row-outcome.js';

/**
 * The geocoded directory of federally certified opioid treatment programs. Its own column names:
 * `ID` is the program's name, `POSTAL` the ZIP (leading zeros lost, sometimes ZIP+4).
 */
export function* readOtpDirectory(text: SourceText, ctx: ReadContext): Generator<RowOutcome> {
  const offerings = applyEffects([{ kind: 'otp' }], 'substance-use');
  for (const outcome of csvTable(text, ctx.file, ['id', 'address', 'city', 'state', 'postal', 'latitude', 'longitude'])) {
    if ('issue' in outcome) {
      yield { line: outcome.issue.line, issues: [outcome.issue] };
      continue;
    }
    const row = outcome.row;
    const result = assembleProgram(
      {
        source: 'samhsa-otp-directory',
        dataset: 'otp-directory',
        sourceId: null,
        name: at(row, 'id'),
        street1: at(row, 'address'),
        city: at(row, 'city'),
        state: at(row, 'state'),
        zip: at(row, 'postal'),
        latitude: at(row, 'latitude'),
        longitude: at(row, 'longitude'),
      },
      offerings,
      {},
      ctx,
    );
    yield rowOutcome(row.line, result);
  }
}
