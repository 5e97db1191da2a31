import { applyEffects } from '../crosswalk/apply-effects.js';
import type { Effect } from '../crosswalk/effect.js';
import { effectsForServiceName } from '../crosswalk/service-names.js';
import type { Scope } from '../model/vocabulary.js';
import { assembleProgram, type Located } from './assemble-program.js';
import { ImportFileError, type ImportIssue } from './import-issue.js';
import { arrayElementLines, parseJsonFile } from './json-text.js';
import { rowOutcome, type ReadContext, type RowOutcome } from './row-outcome.js';

/**
 * A response of the locator's search API: `{ rows: [...] }`, each row a facility with `services[]`
 * items `{ f1: category name, f2: category code, f3: "value; value" }`.
 */
export function isLocatorApiDocument(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { rows?: unknown }).rows)) return false;
  const first = (doc as { rows: unknown[] }).rows[0];
  return typeof first === 'object' && first !== null && 'services' in first && 'name1' in first;
}

const SCOPE_OF_TYPE: Readonly<Record<string, Scope>> = { SA: 'substance-use', MH: 'mental-health', SUMH: 'co-occurring' };

export function* readLocatorApiJson(text: string, ctx: ReadContext): Generator<RowOutcome> {
  const doc = parseJsonFile(text, ctx.file);
  if (!isLocatorApiDocument(doc) && !(typeof doc === 'object' && doc !== null && Array.isArray((doc as { rows?: unknown }).rows))) {
    throw new ImportFileError([
      { file: ctx.file, line: 1, column: 1, field: 'rows', message: 'must be an array of facilities (a locator API response)' },
    ]);
  }
  const rows = (doc as { rows: unknown[] }).rows;
  // An answer of the API is one line (every row on line 1); a saved, indented file is not.
  const lines = text.includes('\n') ? arrayElementLines(text, 'rows') : [];
  for (let i = 0; i < rows.length; i++) {
    const line = lines[i] ?? (lines.length === 0 ? 1 : 0);
    const path = `rows[${i}]`;
    const row = rows[i];
    if (typeof row !== 'object' || row === null) {
      yield { line, issues: [{ file: ctx.file, line, column: 0, field: path, message: 'must be an object' }] };
      continue;
    }
    const r = row as Record<string, unknown>;
    const issues: ImportIssue[] = [];
    const field = (name: string): Located => {
      const v = r[name];
      if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
        issues.push({ file: ctx.file, line, column: 0, field: `${path}.${name}`, message: 'must be a string' });
      }
      return { value: typeof v === 'string' || typeof v === 'number' ? String(v) : '', field: `${path}.${name}`, line, column: 0 };
    };
    const effects: Effect[] = [];
    const services = r.services;
    if (!Array.isArray(services))
      issues.push({ file: ctx.file, line, column: 0, field: `${path}.services`, message: 'must be an array of {f1, f2, f3}' });
    else
      services.forEach((s: unknown, j) => {
        const f3 = (s as { f3?: unknown } | null)?.f3;
        if (typeof f3 !== 'string') {
          issues.push({
            file: ctx.file,
            line,
            column: 0,
            field: `${path}.services[${j}].f3`,
            message: 'must be a string of values joined by "; "',
          });
          return;
        }
        for (const name of f3.split(';')) effects.push(...effectsForServiceName(name));
      });
    const type = field('typeFacility').value.trim().toUpperCase();
    const fallback = SCOPE_OF_TYPE[type] ?? 'substance-use';
    const frid = field('frid').value.trim();
    const result = assembleProgram(
      {
        source: 'samhsa-locator',
        dataset: 'locator-api-json',
        sourceId: frid === '' ? null : frid,
        name: field('name1'),
        name2: field('name2'),
        street1: field('street1'),
        street2: field('street2'),
        city: field('city'),
        state: field('state'),
        zip: field('zip'),
        phone: field('phone'),
        intakePhone: field('intake1'),
        website: field('website'),
        latitude: field('latitude'),
        longitude: field('longitude'),
      },
      applyEffects(effects, fallback),
      {},
      ctx,
      issues,
    );
    yield rowOutcome(line, result);
  }
}
