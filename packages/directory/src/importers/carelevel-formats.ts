import type { SourceText } from '../csv/csv-pieces.js';
import { readCarelevelRecord, CARELEVEL_FIELDS, CARELEVEL_REQUIRED, type CarelevelField } from './carelevel-record.js';
import { csvTable } from './csv-table.js';
import { ImportFileError } from './import-issue.js';
import { arrayElementLines, parseJsonFile } from './json-text.js';
import type { ReadContext, RowOutcome } from './row-outcome.js';

export const CARELEVEL_JSON_FORMAT = 'carelevel-programs/1';

export function* readCarelevelCsv(text: SourceText, ctx: ReadContext): Generator<RowOutcome> {
  for (const outcome of csvTable(text, ctx.file, CARELEVEL_REQUIRED)) {
    if ('issue' in outcome) {
      yield { line: outcome.issue.line, issues: [outcome.issue] };
      continue;
    }
    const row = outcome.row;
    yield readCarelevelRecord(row.line, (name) => ({ value: row.get(name), field: name, line: row.line, column: row.column(name) }), ctx);
  }
}

export function isCarelevelJsonDocument(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === CARELEVEL_JSON_FORMAT;
}

/** `{ "format": "carelevel-programs/1", "programs": [ { same fields as the CSV; lists as arrays } ] }` */
export function* readCarelevelJson(text: string, ctx: ReadContext): Generator<RowOutcome> {
  const doc = parseJsonFile(text, ctx.file);
  if (!isCarelevelJsonDocument(doc)) {
    throw new ImportFileError([{ file: ctx.file, line: 1, column: 1, field: 'format', message: `must be "${CARELEVEL_JSON_FORMAT}"` }]);
  }
  const programs = (doc as { programs?: unknown }).programs;
  if (!Array.isArray(programs))
    throw new ImportFileError([{ file: ctx.file, line: 1, column: 1, field: 'programs', message: 'must be an array of programs' }]);
  const lines = arrayElementLines(text, 'programs');
  for (let i = 0; i < programs.length; i++) {
    const line = lines[i] ?? 0;
    const p: unknown = programs[i];
    const path = `programs[${i}]`;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      yield { line, issues: [{ file: ctx.file, line, column: 0, field: path, message: 'must be an object' }] };
      continue;
    }
    const rec = p as Record<string, unknown>;
    const unknownFields = Object.keys(rec).filter((k) => !(CARELEVEL_FIELDS as readonly string[]).includes(k));
    if (unknownFields.length > 0) {
      yield {
        line,
        issues: unknownFields.map((k) => ({
          file: ctx.file,
          line,
          column: 0,
          field: `${path}.${k}`,
          message: 'is not a field of the format',
        })),
      };
      continue;
    }
    const typeIssues: string[] = [];
    const get = (name: CarelevelField): { value: string; field: string; line: number; column: number } => {
      const v = rec[name];
      let value = '';
      if (Array.isArray(v)) {
        if (v.some((x) => typeof x !== 'string')) typeIssues.push(name);
        else value = v.join(';');
      } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = String(v);
      else if (v !== undefined && v !== null) typeIssues.push(name);
      return { value, field: `${path}.${name}`, line, column: 0 };
    };
    const outcome = readCarelevelRecord(line, get, ctx);
    if (typeIssues.length > 0) {
      const prior = 'issues' in outcome ? outcome.issues : [];
      yield {
        line,
        issues: [
          ...typeIssues.map((n) => ({
            file: ctx.file,
            line,
            column: 0,
            field: `${path}.${n}`,
            message: 'must be a string, number, boolean or list of strings',
          })),
          ...prior,
        ],
      };
      continue;
    }
    yield outcome;
  }
}
