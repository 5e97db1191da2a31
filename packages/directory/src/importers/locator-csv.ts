import type { SourceText } from '../csv/csv-pieces.js';
import { applyEffects } from '../crosswalk/apply-effects.js';
import type { Effect } from '../crosswalk/effect.js';
import { SERVICE_CODE_BY_CODE } from '../crosswalk/service-codes.js';
import type { Scope } from '../model/vocabulary.js';
import { assembleProgram, type ListingInput, type Located } from './assemble-program.js';
import { csvTable, type CsvRow } from './csv-table.js';
import type { ImportIssue } from './import-issue.js';
import { rowOutcome, type ReadContext, type RowOutcome } from './row-outcome.js';

/**
 * The national locator's CSV downloads. They share the address columns (name1 … longitude) and say
 * what a facility offers in one of three ways:
 *  - wide: one column per service code holding `1` or blank,
 *  - service_code_info: one column of codes, category groups separated by `*`, codes by spaces,
 *  - listing: no services at all (the 2020 substance-use and mental-health address listings).
 */
export type LocatorLayout = 'wide' | 'service-code-info' | 'listing';

const REQUIRED = ['name1', 'city', 'state', 'zip'] as const;

export const at = (row: CsvRow, name: string): Located => ({ value: row.get(name), field: name, line: row.line, column: row.column(name) });
const opt = (row: CsvRow, name: string): Located | undefined => (row.headers.includes(name) ? at(row, name) : undefined);

const TYPE_FACILITY_SCOPE: Readonly<Record<string, Scope>> = { SA: 'substance-use', MH: 'mental-health', SUMH: 'co-occurring' };

export function locatorListingInput(row: CsvRow, layout: LocatorLayout): ListingInput {
  const intake = row.get('intake1').trim() ? opt(row, 'intake1') : opt(row, 'intake2');
  return {
    source: 'samhsa-locator',
    dataset: `locator-${layout}:${row.get('type_facility').trim().toUpperCase()}`,
    sourceId: null,
    name: at(row, 'name1'),
    name2: opt(row, 'name2'),
    street1: opt(row, 'street1'),
    street2: opt(row, 'street2'),
    city: at(row, 'city'),
    state: at(row, 'state'),
    zip: at(row, 'zip'),
    county: opt(row, 'county'),
    phone: opt(row, 'phone'),
    intakePhone: intake,
    website: opt(row, 'website'),
    latitude: opt(row, 'latitude'),
    longitude: opt(row, 'longitude'),
    lastVerified: opt(row, 'last_update'),
  };
}

export function* readLocatorCsv(text: SourceText, ctx: ReadContext, layout: LocatorLayout): Generator<RowOutcome> {
  const required = layout === 'service-code-info' ? [...REQUIRED, 'service_code_info'] : REQUIRED;
  for (const outcome of csvTable(text, ctx.file, required)) {
    if ('issue' in outcome) {
      yield { line: outcome.issue.line, issues: [outcome.issue] };
      continue;
    }
    const row = outcome.row;
    const issues: ImportIssue[] = [];
    const effects: Effect[] = [];
    if (layout === 'wide') collectWide(row, ctx.file, effects, issues);
    if (layout === 'service-code-info') collectCodeInfo(row, ctx.file, effects, issues);
    const typeFacility = row.get('type_facility').trim().toUpperCase();
    const fallback: Scope = TYPE_FACILITY_SCOPE[typeFacility] ?? 'substance-use';
    if (typeFacility && TYPE_FACILITY_SCOPE[typeFacility]) effects.push({ kind: 'scope', value: fallback });
    const result = assembleProgram(locatorListingInput(row, layout), applyEffects(effects, fallback), {}, ctx, issues);
    yield rowOutcome(row.line, result);
  }
}

function collectWide(row: CsvRow, file: string, effects: Effect[], issues: ImportIssue[]): void {
  row.headers.forEach((h, i) => {
    const code = SERVICE_CODE_BY_CODE.get(h.toUpperCase());
    if (!code) return;
    const v = (row.fields[i] ?? '').trim();
    if (v === '1') effects.push(...code.effects);
    else if (v !== '' && v !== '0') {
      issues.push({
        file,
        line: row.line,
        column: row.columns[i] ?? 0,
        field: h,
        message: `must be 1 or blank (service code ${code.code}), got "${v}"`,
      });
    }
  });
}

function collectCodeInfo(row: CsvRow, file: string, effects: Effect[], issues: ImportIssue[]): void {
  const raw = row.get('service_code_info');
  const unknown: string[] = [];
  for (const group of raw.split('*')) {
    for (const token of group.trim().split(/\s+/)) {
      if (token === '') continue;
      const code = SERVICE_CODE_BY_CODE.get(token.toUpperCase());
      if (code) effects.push(...code.effects);
      else if (!/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(token)) unknown.push(token);
    }
  }
  // Unknown but well-formed codes are newer locator services we do not model; malformed tokens are errors.
  if (unknown.length > 0) {
    issues.push({
      file,
      line: row.line,
      column: row.column('service_code_info'),
      field: 'service_code_info',
      message: `must be service codes separated by spaces and groups by "*", got ${unknown.map((u) => `"${u}"`).join(', ')}`,
    });
  }
}
