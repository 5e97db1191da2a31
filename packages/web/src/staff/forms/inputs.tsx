import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { Field } from './field.js';

interface Common {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly disabled?: boolean;
}

export interface TextFieldProps extends Common {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'password' | 'date' | 'time' | 'search' | 'number';
  readonly autoComplete?: string;
  readonly inputMode?: 'numeric' | 'text' | 'email';
  readonly name?: string;
  readonly min?: number;
  readonly max?: number;
}

export function TextField(p: TextFieldProps): ReactNode {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} optional={p.optional ?? false}>
      {(control) => (
        <input
          {...control}
          name={p.name ?? p.id}
          type={p.type ?? 'text'}
          value={p.value}
          disabled={p.disabled}
          autoComplete={p.autoComplete}
          inputMode={p.inputMode}
          min={p.min}
          max={p.max}
          onChange={(e) => {
            p.onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}

export interface TextAreaFieldProps extends Common {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}

export function TextAreaField(p: TextAreaFieldProps): ReactNode {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} optional={p.optional ?? false}>
      {(control) => (
        <textarea
          {...control}
          name={p.id}
          rows={p.rows ?? 3}
          value={p.value}
          disabled={p.disabled}
          onChange={(e) => {
            p.onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps extends Common {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  /** Text of the empty first option; none when the field always has a value. */
  readonly placeholder?: string | false;
}

export function SelectField(p: SelectFieldProps): ReactNode {
  const placeholder = p.placeholder === undefined ? words.forms.chooseOne : p.placeholder;
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} optional={p.optional ?? false}>
      {(control) => (
        <select
          {...control}
          name={p.id}
          value={p.value}
          disabled={p.disabled}
          onChange={(e) => {
            p.onChange(e.target.value);
          }}
        >
          {placeholder !== false ? <option value="">{placeholder}</option> : null}
          {p.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
