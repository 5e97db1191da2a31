import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
}

export interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

/** The ids the hint and error of a field get, so a control (or a group) can point at them. */
export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The error line under a field: "Error:" read first, so a screen reader user hears what it is. */
export function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }): ReactNode {
  if (!error) return null;
  return (
    <p className="field-error" id={errorId(id)}>
      <span className="visually-hidden">{words.forms.errorPrefix} </span>
      {error}
    </p>
  );
}

/** A label, an optional hint, the error next to the field, and the control wired to all three. */
export function Field({ id, label, hint, error, optional, children }: FieldProps): ReactNode {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> ({words.forms.optional})</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId(id)}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children({
        id,
        ...(describedBy(id, Boolean(hint), Boolean(error)) ? { 'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)) } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}
