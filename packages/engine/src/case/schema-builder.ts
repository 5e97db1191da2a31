import type { FieldPath } from './field-path.js';

/**
 * A tiny schema builder: one declaration gives the TypeScript type, a fast validator that collects
 * every issue with its path, and a JSON Schema for the HTTP API's OpenAPI document.
 *
 * Why not zod here: the engine must decide a case in a few microseconds and ship in the public
 * bundle; this covers exactly the shapes the case format uses, with messages in the contract's own
 * wording (`instruments.phq9[4]: must be an integer 0..3, got 7`).
 */

export interface FieldIssue {
  /** Where the field is, e.g. `['substances', 0, 'name']`; empty for the document itself (`fieldPathText` writes it). */
  readonly path: FieldPath;
  /** What the rule is and what was found, e.g. `must be an integer 0..30, got 31`. */
  readonly message: string;
}

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  /** Phantom field carrying the inferred type. */
  readonly _type?: T;
  readonly optional: boolean;
  /** Push an issue for every problem under `path`; returns nothing and never throws. */
  check(value: unknown, path: FieldPath, issues: FieldIssue[]): void;
  /**
   * The fast path: true when `check` would find nothing. Builds no paths or messages, so a valid
   * document (the usual case) costs a walk and nothing more; `check` runs only on failure.
   */
  valid(value: unknown): boolean;
  jsonSchema(): JsonSchema;
  describe(): string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Render a received value briefly and safely for an error message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

const at = (path: FieldPath, key: string | number): FieldPath => [...path, key];

function makeOptional<T>(s: Schema<T>): Schema<T | undefined> {
  return { ...s, optional: true };
}

export interface NumberOptions {
  readonly min: number;
  readonly max?: number;
  readonly integer?: boolean;
}

export function number(opts: NumberOptions): Schema<number> {
  const { min, max, integer = false } = opts;
  const rule = integer
    ? max === undefined
      ? `must be a whole number ${min} or more`
      : `must be an integer ${min}..${max}`
    : max === undefined
      ? `must be a number ${min} or more`
      : `must be a number ${min}..${max}`;
  const valid = (value: unknown): boolean =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    value >= min &&
    (max === undefined || value <= max);
  return {
    optional: false,
    valid,
    check(value, path, issues) {
      if (!valid(value)) issues.push({ path, message: `${rule}, got ${shown(value)}` });
    },
    jsonSchema: () => ({
      type: integer ? 'integer' : 'number',
      minimum: min,
      ...(max === undefined ? {} : { maximum: max }),
    }),
    describe: () => rule.replace(/^must be /, ''),
  };
}

export const integer = (min: number, max?: number): Schema<number> =>
  number(max === undefined ? { min, integer: true } : { min, max, integer: true });

/** An integer from an explicit set of allowed values (for example COWS items: 0, 1, 2, 4). */
export function oneOfNumbers<const V extends number>(values: readonly V[]): Schema<V> {
  const allowed = new Set<number>(values);
  const rule = `must be one of ${values.join(', ')}`;
  const valid = (value: unknown): boolean => typeof value === 'number' && allowed.has(value);
  return {
    optional: false,
    valid,
    check(value, path, issues) {
      if (!valid(value)) issues.push({ path, message: `${rule}, got ${shown(value)}` });
    },
    jsonSchema: () => ({ type: 'integer', enum: [...values] }),
    describe: () => rule.replace(/^must be /, ''),
  };
}

export function boolean(): Schema<boolean> {
  return {
    optional: false,
    valid: (value) => typeof value === 'boolean',
    check(value, path, issues) {
      if (typeof value !== 'boolean') issues.push({ path, message: `must be true or false, got ${shown(value)}` });
    },
    jsonSchema: () => ({ type: 'boolean' }),
    describe: () => 'true or false',
  };
}

export function string(opts: { pattern?: RegExp; patternText?: string; maxLength?: number } = {}): Schema<string> {
  const { pattern, patternText, maxLength = 10_000 } = opts;
  return {
    optional: false,
    valid: (value) => typeof value === 'string' && value.length <= maxLength && (!pattern || pattern.test(value)),
    check(value, path, issues) {
      if (typeof value !== 'string') {
        issues.push({ path, message: `must be text, got ${shown(value)}` });
      } else if (value.length > maxLength) {
        issues.push({ path, message: `must be at most ${maxLength} characters, got ${value.length}` });
      } else if (pattern && !pattern.test(value)) {
        issues.push({ path, message: `must be ${patternText ?? `text matching ${String(pattern)}`}, got ${shown(value)}` });
      }
    },
    jsonSchema: () => ({
      type: 'string',
      maxLength,
      ...(pattern ? { pattern: pattern.source } : {}),
    }),
    describe: () => patternText ?? 'text',
  };
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or NaN when it is not a real calendar day. */
export function dayNumber(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2026-02-30 over into March; a real day reads back the same.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return t / 86_400_000;
}

/** A calendar date written `YYYY-MM-DD` (a real day, years 1900–2199). */
export function calendarDate(): Schema<string> {
  const ok = (value: unknown): value is string =>
    typeof value === 'string' && value.length === 10 && value >= '1900' && value < '2200' && !Number.isNaN(dayNumber(value));
  return {
    optional: false,
    valid: ok,
    check(value, path, issues) {
      if (!ok(value)) issues.push({ path, message: `must be a date written YYYY-MM-DD, got ${shown(value)}` });
    },
    jsonSchema: () => ({ type: 'string', format: 'date' }),
    describe: () => 'a date written YYYY-MM-DD',
  };
}

export function literal<const V extends string>(expected: V): Schema<V> {
  return {
    optional: false,
    valid: (value) => value === expected,
    check(value, path, issues) {
      if (value !== expected) issues.push({ path, message: `must be ${JSON.stringify(expected)}, got ${shown(value)}` });
    },
    jsonSchema: () => ({ type: 'string', const: expected }),
    describe: () => JSON.stringify(expected),
  };
}

export function enumOf<const V extends string>(values: readonly V[]): Schema<V> {
  const allowed = new Set<string>(values);
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return {
    optional: false,
    valid: (value) => typeof value === 'string' && allowed.has(value),
    check(value, path, issues) {
      if (typeof value !== 'string' || !allowed.has(value)) issues.push({ path, message: `must be one of ${list}, got ${shown(value)}` });
    },
    jsonSchema: () => ({ type: 'string', enum: [...values] }),
    describe: () => `one of ${list}`,
  };
}

export function array<T>(item: Schema<T>, opts: { min?: number; max?: number } = {}): Schema<T[]> {
  const { min = 0, max = 1000 } = opts;
  const countRule =
    min === max
      ? `must have ${min} items`
      : max >= 1000 && min === 0
        ? `must have at most ${max} items`
        : `must have ${min} to ${max} items`;
  return {
    optional: false,
    valid(value) {
      if (!Array.isArray(value) || value.length < min || value.length > max) return false;
      for (let i = 0; i < value.length; i++) if (!item.valid(value[i])) return false;
      return true;
    },
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `must be a list, got ${shown(value)}` });
        return;
      }
      if (value.length < min || value.length > max) issues.push({ path, message: `${countRule}, got ${value.length}` });
      const n = Math.min(value.length, max);
      for (let i = 0; i < n; i++) item.check(value[i], at(path, i), issues);
    },
    jsonSchema: () => ({ type: 'array', items: item.jsonSchema(), minItems: min, maxItems: max }),
    describe: () => `a list of ${item.describe()}`,
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flatten<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/** An object whose listed fields are checked; unknown extra fields are tolerated (the contract says so). */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> & { readonly shape: S } {
  const entries = Object.entries(shape);
  const byKey: Record<string, Schema<unknown>> = Object.assign(Object.create(null) as object, shape);
  const requiredCount = entries.filter(([, f]) => !f.optional).length;
  return {
    shape,
    optional: false,
    valid(value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const record = value as Record<string, unknown>;
      // Walk the keys the document has (usually far fewer than the schema's); unknown keys are fine.
      let required = 0;
      for (const k in record) {
        const field = byKey[k];
        if (field === undefined) continue;
        const v = record[k];
        if (v === undefined) {
          if (!field.optional) return false;
        } else if (v === null && field.optional) {
          // null on an optional field means "not known", the same as leaving it out (as in `check`).
        } else {
          // A required field may still be null when it is declared nullable (a recommendation's `crisis`).
          if (!field.valid(v)) return false;
          if (!field.optional) required++;
        }
      }
      return required === requiredCount;
    },
    check(value, path, issues) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push({ path, message: `must be an object, got ${shown(value)}` });
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [key, field] of entries) {
        const v = record[key];
        if (v === undefined) {
          if (!field.optional) issues.push({ path: at(path, key), message: 'is required' });
        } else if (v === null && field.optional) {
          // null on an optional field means "not known", the same as leaving it out.
        } else {
          field.check(v, at(path, key), issues);
        }
      }
    },
    jsonSchema: () => ({
      type: 'object',
      properties: Object.fromEntries(entries.map(([k, f]) => [k, f.jsonSchema()])),
      required: entries.filter(([, f]) => !f.optional).map(([k]) => k),
      additionalProperties: true,
    }),
    describe: () => 'an object',
  };
}

export const optional = makeOptional;

/** A string, number or boolean (the values a message's facts may hold). */
export function scalar(): Schema<string | number | boolean> {
  const valid = (value: unknown): boolean => {
    const t = typeof value;
    return t === 'string' || t === 'boolean' || (t === 'number' && Number.isFinite(value));
  };
  return {
    optional: false,
    valid,
    check(value, path, issues) {
      const t = typeof value;
      if (t !== 'string' && t !== 'boolean' && !(t === 'number' && Number.isFinite(value))) {
        issues.push({ path, message: `must be text, a number or true/false, got ${shown(value)}` });
      }
    },
    jsonSchema: () => ({ type: ['string', 'number', 'boolean'] }),
    describe: () => 'text, a number or true/false',
  };
}

/** An object used as a dictionary: any keys, every value checked. */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return {
    optional: false,
    valid(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
      for (const k in input) if (!value.valid((input as Record<string, unknown>)[k])) return false;
      return true;
    },
    check(input, path, issues) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        issues.push({ path, message: `must be an object, got ${shown(input)}` });
        return;
      }
      for (const [k, v] of Object.entries(input)) value.check(v, at(path, k), issues);
    },
    jsonSchema: () => ({ type: 'object', additionalProperties: value.jsonSchema() }),
    describe: () => `an object of ${value.describe()}`,
  };
}

/** `null` or a value (required field that may be null, like the recommendation's `crisis`). */
export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    optional: inner.optional,
    valid: (value) => value === null || inner.valid(value),
    check(value, path, issues) {
      if (value !== null) inner.check(value, path, issues);
    },
    jsonSchema: () => ({ anyOf: [inner.jsonSchema(), { type: 'null' }] }),
    describe: () => `${inner.describe()} or null`,
  };
}
