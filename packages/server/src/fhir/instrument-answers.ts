import { INSTRUMENT_BY_KEY, type InstrumentDefinition } from '@carelevel/engine';

/** One instrument as a stored case gave it: its definition and the item answers, in item order. */
export interface GivenInstrument {
  readonly def: InstrumentDefinition;
  readonly answers: readonly number[];
}

/** A field of a stored case (validated when it was stored, read here as plain JSON). */
export const fieldOf = (c: unknown, name: string): unknown =>
  typeof c === 'object' && c !== null ? (c as Record<string, unknown>)[name] : undefined;

const isAnswers = (x: unknown): x is number[] => Array.isArray(x) && x.every((a) => typeof a === 'number');

/** The instruments a case carries item by item (a total charted on its own has no answers to show). */
export function givenInstruments(storedCase: unknown): GivenInstrument[] {
  const instruments = fieldOf(storedCase, 'instruments');
  return Object.entries(typeof instruments === 'object' && instruments !== null ? instruments : {}).flatMap(([key, answers]) => {
    const def = INSTRUMENT_BY_KEY[key];
    return def && isAnswers(answers) ? [{ def, answers }] : [];
  });
}
