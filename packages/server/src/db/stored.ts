import { isLevelCode, type LevelCode } from '@carelevel/engine';
import type { z } from 'zod';

/**
 * A JSON column read back as the document the app wrote into it, checked by the same guard that
 * judged it on the way in (the engine's schema, or a zod schema): a row that is not one is a broken
 * database, not something to pass on.
 */
export function storedDocument<T>(json: string, is: (value: unknown) => value is T, column: string): T {
  const value: unknown = JSON.parse(json);
  if (!is(value)) throw new Error(`${column} does not hold the document it should`);
  return value;
}

/** A closed-vocabulary column: a value outside it means the row was not written by the app. */
export function storedOneOf<T extends string>(list: readonly T[], value: string, column: string): T {
  const found = list.find((x) => x === value);
  if (found === undefined) throw new Error(`${column} holds ${value}, outside its vocabulary`);
  return found;
}

export function storedLevel(value: string, column: string): LevelCode {
  if (!isLevelCode(value)) throw new Error(`${column} holds ${value}, not a level of care`);
  return value;
}

/** A zod schema as a guard, for `storedDocument`. */
export const matches =
  <S extends z.ZodType>(schema: S) =>
  (value: unknown): value is z.output<S> =>
    schema.safeParse(value).success;
