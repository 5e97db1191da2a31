import { INSTRUMENT_BY_KEY, maxTotal, scoreInstrument, type InstrumentDefinition } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { ChoiceGroup } from '../forms/choice-group.js';
import { engineWords, words } from '../i18n/words.js';
import { itemTag, valueLabel } from './value-label.js';

export interface InstrumentFormProps {
  readonly instrument: string;
  readonly answers: readonly (number | null)[];
  readonly sex: string | undefined;
  /** DOM id for an item (index) or for the instrument as a whole (undefined). */
  readonly idFor: (item?: number) => string;
  readonly errorFor: (item?: number) => string | undefined;
  readonly onChange: (answers: readonly (number | null)[]) => void;
}

/** How many items must be answered before the instrument counts (ASQ's acuity item is asked only after a positive screen). */
const needed = (def: InstrumentDefinition): number => def.minItems ?? def.items.length;

/** The live score line: the engine's one scorer on the items answered so far, with the band once complete. */
export function scoreLine(def: InstrumentDefinition, answers: readonly (number | null)[], sex: string | undefined): string {
  const answered = answers.filter((a) => a !== null).length;
  if (answered === 0) return words.assessment.notStarted;
  const complete = answers.slice(0, needed(def)).every((a) => a !== null) && answers.length >= needed(def);
  if (!complete) return words.assessment.partial(answered, needed(def));
  const s = scoreInstrument(
    def,
    answers.map((a) => a ?? 0),
    sex,
  );
  const flags = (s.flags ?? []).map((f) => engineWords.warning[f] ?? f);
  return [words.assessment.score(s.total, maxTotal(def), valueLabel(s.band)), ...flags].join(' ');
}

/**
 * One instrument item by item: each item a row of its allowed values (from the engine's definition),
 * the total and band announced as they change. Items are tagged by their key, not their wording.
 */
export function InstrumentForm(p: InstrumentFormProps): ReactNode {
  const def = INSTRUMENT_BY_KEY[p.instrument];
  if (!def) return null;
  const w = words.assessment;
  const answers = def.items.map((_, i) => p.answers[i] ?? null);
  const set = (i: number, v: string): void => {
    p.onChange(answers.map((a, j) => (j === i ? (v === '' ? null : Number(v)) : a)));
  };
  const whole = p.errorFor();
  const anyAnswered = answers.some((a) => a !== null);
  return (
    <details className="instrument card" open={anyAnswered || Boolean(whole) || answers.some((_, i) => p.errorFor(i))}>
      <summary id={`${p.idFor()}-toggle`}>
        <span className="instrument-name">{def.name}</span> <span className="muted">— {scoreLine(def, answers, p.sex)}</span>
      </summary>
      <p className="field-hint">{w.instrumentIntro(def.name, def.items.length)}</p>
      {whole ? (
        <p className="field-error" id={p.idFor()} tabIndex={-1} data-invalid="true">
          <span className="visually-hidden">Error: </span>
          {whole}
        </p>
      ) : null}
      {def.items.map((item, i) => (
        <ChoiceGroup
          key={item.key}
          id={p.idFor(i)}
          legend={w.item(i + 1, itemTag(item.key))}
          error={p.errorFor(i)}
          inline
          value={answers[i] === null ? '' : String(answers[i])}
          onChange={(v) => {
            set(i, v);
          }}
          options={item.values.map((v) => ({ value: String(v), label: String(v) }))}
        />
      ))}
      <p className="instrument-score" role="status">
        {def.name}: {scoreLine(def, answers, p.sex)}
      </p>
      {anyAnswered ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            p.onChange(def.items.map(() => null));
          }}
        >
          {w.clearInstrument(def.name)}
        </button>
      ) : null}
    </details>
  );
}
