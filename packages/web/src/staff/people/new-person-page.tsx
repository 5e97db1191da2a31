import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { NewPerson } from '@carelevel/contract';
import type { FormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { addPerson, peopleKeys } from './people-api.js';
import { EMPTY_PERSON, PersonForm } from './person-form.js';

/** Add a person with the fewest identifiers that work; the server checks every field. */
export default function NewPersonPage(): ReactNode {
  const w = words.people;
  const navigate = useNavigate();
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (v: { body: NewPerson; form: FormErrors }) => addPerson(v.body),
    onSuccess: async (person) => {
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      await navigate(`/people/${person.id}`);
    },
    onError: (err, v) => {
      v.form.fail(err);
    },
  });
  return (
    <Page title={w.newTitle}>
      <p>{w.newIntro}</p>
      <PersonForm
        initial={EMPTY_PERSON}
        submitLabel={w.create}
        pending={add.isPending}
        clearEmpty={false}
        send={(body, form) => {
          add.mutate({ body, form });
        }}
      />
    </Page>
  );
}
