/**
 * A schema issue in plain words. Our schemas' own messages ("must be language tags like …") are kept;
 * the schema library's defaults ("Too small: expected string to have >=1 characters", "Invalid ISO
 * date") are said the way a person reads them, naming the rule. The field is named by the path.
 */
export interface SchemaIssue {
  readonly code: string;
  readonly message: string;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly input?: unknown;
}

/** The library's own wording starts like this; ours never does. */
const LIBRARY_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized)/;

const FORMATS: Readonly<Record<string, string>> = {
  date: 'must be a date written year-month-day, like 2026-03-27',
  datetime: 'must be a date and time like 2026-03-27T14:30:00Z',
  uuid: 'must be an id like 3f2b8c1e-5a4d-4e2f-9b1a-7c6d5e4f3a2b',
  email: 'must be an email address, like name@example.org',
  url: 'must be a web address starting with https://',
};

const plural = (n: number | bigint, one: string, many: string): string => `${String(n)} ${n === 1 || n === 1n ? one : many}`;

export function plainIssueMessage(i: SchemaIssue): string {
  if (!LIBRARY_DEFAULT.test(i.message)) return i.message;
  switch (i.code) {
    case 'too_small': {
      const min = i.minimum ?? 0;
      if (i.origin === 'string')
        return min === 1 || min === 1n ? 'is required' : `must be at least ${plural(min, 'character', 'characters')}`;
      if (i.origin === 'array' || i.origin === 'set') return `must have at least ${plural(min, 'item', 'items')}`;
      return i.inclusive === false ? `must be more than ${String(min)}` : `must be ${String(min)} or more`;
    }
    case 'too_big': {
      const max = i.maximum ?? 0;
      if (i.origin === 'string') return `must be at most ${plural(max, 'character', 'characters')}`;
      if (i.origin === 'array' || i.origin === 'set') return `must have at most ${plural(max, 'item', 'items')}`;
      return i.inclusive === false ? `must be less than ${String(max)}` : `must be ${String(max)} or less`;
    }
    case 'invalid_format':
      return FORMATS[i.format ?? ''] ?? 'is not written the way it should be';
    case 'invalid_value':
      return i.values && i.values.length > 0 ? `must be one of: ${i.values.map(String).join(', ')}` : 'is not one of the allowed values';
    case 'invalid_type':
      if (i.input === undefined && i.message.includes('received undefined')) return 'is required';
      return i.expected === 'int' ? 'must be a whole number' : `must be a ${i.expected ?? 'value of another kind'}`;
    case 'unrecognized_keys':
      return `has ${i.keys && i.keys.length > 1 ? 'fields' : 'a field'} this does not take: ${(i.keys ?? []).join(', ')}`;
    default:
      return 'is not valid here';
  }
}
