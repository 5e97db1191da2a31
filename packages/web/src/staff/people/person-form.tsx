import type { NewPerson } from '@carelevel/contract';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { DateField, typedDateToSend } from '../forms/date-field.js';
import { SelectField, TextField } from '../forms/inputs.js';
import { useFormErrors, type FormErrors } from '../forms/use-form-errors.js';
import { languageOptions } from './care-languages.js';
import { words } from '../i18n/words.js';

const FIELDS = ['givenName', 'familyName', 'birthDate', 'preferredLanguage'] as const;

/** Languages offered for care, by tag; a person's stored tag outside the list is kept and shown as it is. */

export interface PersonFormValues {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly preferredLanguage: string;
}

export const EMPTY_PERSON: PersonFormValues = { givenName: '', familyName: '', birthDate: '', preferredLanguage: '' };

/**
 * A person's details, for adding one or changing them: a name, and if known a birth date and the
 * language for care (chosen from a list). Sent as typed: the server's checks give the field errors.
 * `send` gets the body; `clear` says whether an emptied optional field is sent as null (a change).
 */
export function PersonForm({
  initial,
  submitLabel,
  pending,
  send,
  clearEmpty,
}: {
  readonly initial: PersonFormValues;
  readonly submitLabel: string;
  readonly pending: boolean;
  readonly send: (body: NewPerson, form: FormErrors) => void;
  readonly clearEmpty: boolean;
}): ReactNode {
  const w = words.people;
  const [v, setV] = useState(initial);
  const form = useFormErrors('person', 'body', FIELDS);
  const set = (k: keyof PersonFormValues) => (value: string) => {
    setV((old) => ({ ...old, [k]: value }));
  };
  const optional = (value: string): { value?: string | null } => (value ? { value } : clearEmpty ? { value: null } : {});
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    const birth = optional(v.birthDate.trim() === '' ? '' : typedDateToSend(v.birthDate));
    const language = optional(v.preferredLanguage);
    send(
      {
        givenName: v.givenName,
        familyName: v.familyName,
        ...('value' in birth ? { birthDate: birth.value } : {}),
        ...('value' in language ? { preferredLanguage: language.value } : {}),
      },
      form,
    );
  };
  return (
    <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
      <ErrorSummary items={form.summary} />
      <TextField
        id={form.id('givenName')}
        label={w.givenName}
        autoComplete="off"
        value={v.givenName}
        onChange={set('givenName')}
        error={form.error('givenName')}
      />
      <TextField
        id={form.id('familyName')}
        label={w.familyName}
        autoComplete="off"
        value={v.familyName}
        onChange={set('familyName')}
        error={form.error('familyName')}
      />
      <DateField
        id={form.id('birthDate')}
        label={w.birthDate}
        hint={w.birthDateHint}
        optional
        value={v.birthDate}
        onChange={set('birthDate')}
        error={form.error('birthDate')}
      />
      <SelectField
        id={form.id('preferredLanguage')}
        label={w.language}
        optional
        placeholder={w.languageNone}
        value={v.preferredLanguage}
        onChange={set('preferredLanguage')}
        options={languageOptions(v.preferredLanguage)}
        error={form.error('preferredLanguage')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? words.forms.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
