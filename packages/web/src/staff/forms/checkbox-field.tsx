import type { ReactNode } from 'react';
import { describedBy, FieldError, hintId } from './field.js';

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
