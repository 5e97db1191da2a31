import { parseCsv } from '../csv/parse-csv.js';
import { normalizeHeader } from './csv-table.js';
import { ImportFileError } from './import-issue.js';

export const IMPORT_FORMATS = [
  'locator-wide',
  'locator-service-code-info',
  'locator-listing',
  'locator-api-json',
  'locator-readable-csv',
  'otp-directory',
  'carelevel-csv',
  'carelevel-json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Name the format from the first bytes of the text: JSON by its shape, CSV by its header. */
export function detectFormat(text: string, file: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"format"\s*:\s*"carelevel-programs\/1"/.test(text.slice(0, 4096))) return 'carelevel-json';
    if (/"rows"\s*:/.test(text.slice(0, 4096))) return 'locator-api-json';
    throw unknown(file, 'a JSON file that is neither carelevel-programs/1 nor a locator API response');
  }
  let headers: string[] = [];
  try {
    const first = parseCsv(text).next();
    headers = first.done ? [] : first.value.fields.map(normalizeHeader);
  } catch {
    throw unknown(file, 'a file whose first line cannot be read as a CSV header');
  }
  const has = (...names: string[]): boolean => names.every((n) => headers.includes(n));
  if (has('service_code_info')) return 'locator-service-code-info';
  if (has('name1', 'sa', 'op')) return 'locator-wide';
  if (has('name1', 'city', 'state', 'zip')) return 'locator-listing';
  if (has('id', 'address', 'postal')) return 'otp-directory';
  if (has('name', 'all services')) return 'locator-readable-csv';
  if (has('id', 'name', 'scope')) return 'carelevel-csv';
  if (headers.length === 1 && /[;\t|]/.test(headers[0] ?? '')) {
    throw new ImportFileError([
      { file, line: 1, column: 1, field: '', message: 'the header is not separated by commas; expected a comma-separated (CSV) file' },
    ]);
  }
  throw unknown(file, `a CSV header that matches no known format (${headers.slice(0, 6).join(', ')}${headers.length > 6 ? ', …' : ''})`);
}

function unknown(file: string, what: string): ImportFileError {
  return new ImportFileError([
    {
      file,
      line: 1,
      column: 1,
      field: '',
      message: `cannot tell the format: ${what}; name it with --format (${IMPORT_FORMATS.join(', ')})`,
    },
  ]);
}
