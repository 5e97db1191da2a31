import type { ReactNode } from 'react';
import { describedBy, errorId, FieldError, hintId } from '../forms/field.js';
import type { Option } from '../forms/inputs.js';

/** One checkbox with its label, error and hint wired like the other fields. */
export function CheckboxField(p: {
  readonly id: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
}): ReactNode {
  return (
    <div className={p.error ? 'field field--error' : 'field'}>
      {p.hint ? (
        <p className="field-hint" id={hintId(p.id)}>
          {p.hint}
        </p>
      ) : null}
      <FieldError id={p.id} error={p.error} />
      <label className="check-choice" htmlFor={p.id}>
        <input
          type="checkbox"
          id={p.id}
          checked={p.checked}
          disabled={p.disabled}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
          onChange={(e) => {
            p.onChange(e.target.checked);
          }}
        />
        <span>{p.label}</span>
      </label>
    </div>
  );
}

/** Checkboxes in a fieldset (several may be chosen); the first carries the field's id for error links. */
export function CheckboxGroup(p: {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly Option[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly inline?: boolean;
}): ReactNode {
  return (
    <fieldset
      className={`choice-group${p.inline ? ' choice-group--inline' : ''}${p.error ? ' field--error' : ''}`}
      aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
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
                type="checkbox"
                id={id}
                value={o.value}
                checked={p.values.includes(o.value)}
                aria-invalid={p.error ? true : undefined}
                aria-describedby={i === 0 && p.error ? errorId(p.id) : undefined}
                onChange={(e) => {
                  p.onChange(e.target.checked ? [...p.values, o.value] : p.values.filter((v) => v !== o.value));
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
