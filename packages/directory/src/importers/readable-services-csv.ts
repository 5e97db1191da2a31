import type { SourceText } from '../csv/csv-pieces.js';
import { applyEffects } from '../crosswalk/apply-effects.js';
import { effectsForServiceName } from '../crosswalk/service-names.js';
import { assembleProgram } from './assemble-program.js';
import { csvTable } from './csv-table.js';
import { at } from './locator-csv.js';
import { rowOutcome, type ReadContext, type RowOutcome } from './row-outcome.js';

/**
 * The locator API's listings saved as CSV with services as readable names joined by "; "
 * (findtreatment-ca-residential-2025.csv). The address column may be empty.
 */
export function* readReadableServicesCsv(text: SourceText, ctx: ReadContext): Generator<RowOutcome> {
  for (const outcome of csvTable(text, ctx.file, ['name', 'city', 'state', 'zip', 'all services'])) {
    if ('issue' in outcome) {
      yield { line: outcome.issue.line, issues: [outcome.issue] };
      continue;
    }
    const row = outcome.row;
    const names = [...row.get('residential services').split(';'), ...row.get('all services').split(';')];
    const offerings = applyEffects(
      names.flatMap((n) => effectsForServiceName(n)),
      'substance-use',
    );
    const result = assembleProgram(
      {
        source: 'samhsa-locator',
        dataset: 'locator-readable-csv',
        sourceId: null,
        name: at(row, 'name'),
        street1: at(row, 'address'),
        city: at(row, 'city'),
        state: at(row, 'state'),
        zip: at(row, 'zip'),
        phone: at(row, 'phone'),
        website: at(row, 'website'),
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
