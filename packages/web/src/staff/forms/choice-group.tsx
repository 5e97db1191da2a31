import type { ReactNode } from 'react';
import { describedBy, errorId, FieldError, hintId } from './field.js';
import type { Option } from './inputs.js';

export interface ChoiceGroupProps {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly Option[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  /** Lay the choices out in a row (short scales such as 0–3). */
  readonly inline?: boolean;
}

/**
 * Radio buttons in a fieldset: the legend is the question, arrow keys move between choices, and the
 * group's hint and error are announced with it. The first radio carries the field's id so an error
 * summary link lands on the group.
 */
export function ChoiceGroup(p: ChoiceGroupProps): ReactNode {
  const described = describedBy(p.id, Boolean(p.hint), Boolean(p.error));
  return (
    <fieldset
      className={`choice-group${p.inline ? ' choice-group--inline' : ''}${p.error ? ' field--error' : ''}`}
      aria-describedby={described}
    >
      <legend>{p.legend}</legend>
      {p.hint ? (
        <p className="field-hint" id={hintId(p.id)}>
          {p.hint}
        </p>
      ) : null}
      <FieldError id={p.id} error={p.error} />
      <div className="choices">
        {p.options.map((o, i) => {
          const id = i === 0 ? p.id : `${p.id}-${i}`;
          return (
            <label key={o.value} className="choice" htmlFor={id}>
              <input
                type="radio"
                id={id}
                name={p.id}
                value={o.value}
                checked={p.value === o.value}
                disabled={p.disabled}
                aria-invalid={p.error ? true : undefined}
                aria-describedby={i === 0 && p.error ? errorId(p.id) : undefined}
                onChange={() => {
                  p.onChange(o.value);
                }}
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
