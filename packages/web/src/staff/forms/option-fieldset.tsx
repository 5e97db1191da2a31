import type { ReactNode } from 'react';
import { describedBy, errorId, FieldError, hintId } from './field.js';
import type { Option } from './inputs.js';

export interface OptionFieldsetProps {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly Option[];
  readonly disabled?: boolean;
  /** Lay the choices out in a row (short scales such as 0–3). */
  readonly inline?: boolean;
}

/**
 * Options in a fieldset: the legend is the question, and the group's hint and error are announced
 * with it. The first input carries the field's id so an error summary link lands on the group, and
 * the class `choice-group` lets the summary name the group by its legend. Radios (one answer) and
 * checkboxes (several) differ only in the input and what a change means.
 */
export function OptionFieldset(
  p: OptionFieldsetProps & {
    readonly type: 'radio' | 'checkbox';
    readonly isChecked: (value: string) => boolean;
    readonly onToggle: (value: string, checked: boolean) => void;
  },
): ReactNode {
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
                type={p.type}
                id={id}
                name={p.type === 'radio' ? p.id : undefined}
                value={o.value}
                checked={p.isChecked(o.value)}
                disabled={p.disabled}
                aria-invalid={p.error ? true : undefined}
                aria-describedby={i === 0 && p.error ? errorId(p.id) : undefined}
                onChange={(e) => {
                  p.onToggle(o.value, e.target.checked);
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
