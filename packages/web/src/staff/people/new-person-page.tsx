import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import type { NewPerson } from '@carelevel/contract';
import { addPerson, peopleKeys } from './people-api.js';

const FIELDS = ['givenName', 'familyName', 'birthDate', 'preferredLanguage'] as const;

/** Add a person with the fewest identifiers that work; the server checks every field. */
export default function NewPersonPage(): ReactNode {
  const w = words.people;
  const navigate = useNavigate();
  const client = useQueryClient();
  const [v, setV] = useState({ givenName: '', familyName: '', birthDate: '', preferredLanguage: '' });
  const form = useFormErrors('person', 'body', FIELDS);
  const set = (k: keyof typeof v) => (value: string) => {
    setV((old) => ({ ...old, [k]: value }));
  };
  const add = useMutation({
    mutationFn: (p: NewPerson) => addPerson(p),
    onSuccess: async (person) => {
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      await navigate(`/people/${person.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    // Sent as typed: the server's own checks give the field errors (blank names included).
    add.mutate({
      givenName: v.givenName,
      familyName: v.familyName,
      ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      ...(v.preferredLanguage ? { preferredLanguage: v.preferredLanguage } : {}),
    });
  };
  return (
    <Page title={w.newTitle}>
      <p>{w.newIntro}</p>
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
        <TextField
          id={form.id('birthDate')}
          label={w.birthDate}
          hint={w.birthDateHint}
          optional
          autoComplete="off"
          value={v.birthDate}
          onChange={set('birthDate')}
          error={form.error('birthDate')}
        />
        <TextField
          id={form.id('preferredLanguage')}
          label={w.language}
          hint={w.languageHint}
          optional
          value={v.preferredLanguage}
          onChange={set('preferredLanguage')}
          error={form.error('preferredLanguage')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? words.forms.saving : w.create}
          </button>
        </div>
      </form>
    </Page>
  );
}
