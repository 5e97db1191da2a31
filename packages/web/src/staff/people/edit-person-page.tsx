import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { PersonChange, PersonView } from '@carelevel/contract';
import { api, seg } from '../api/client.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { peopleKeys } from './people-api.js';
import { personName } from './person-name.js';
import { PersonForm } from './person-form.js';
import { usePerson } from './use-person.js';

/** Change a person's details, sent with the version read (If-Match); the server audits the change. */
export default function EditPersonPage(): ReactNode {
  const { personId = '' } = useParams();
  const w = words.people;
  const navigate = useNavigate();
  const client = useQueryClient();
  const person = usePerson(personId);
  const save = useMutation({
    mutationFn: (v: { body: PersonChange; version: number; form: FormErrors }) =>
      api.patch<PersonView>(`api/v1/people/${seg(personId)}`, v.body, { ifMatch: v.version }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      await client.invalidateQueries({ queryKey: peopleKeys.person(personId) });
      await navigate(`/people/${personId}`);
    },
    onError: (err, v) => {
      v.form.fail(err);
    },
  });
  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} retry={() => void person.refetch()} />;
  const p = person.data.body;
  return (
    <Page title={w.editTitle} lead={personName(p)}>
      <PersonForm
        initial={{
          givenName: p.givenName,
          familyName: p.familyName,
          birthDate: p.birthDate ?? '',
          preferredLanguage: p.preferredLanguage ?? '',
        }}
        submitLabel={w.saveDetails}
        pending={save.isPending}
        clearEmpty
        send={(body, form) => {
          save.mutate({ body, version: person.data.version ?? p.version, form });
        }}
      />
    </Page>
  );
}
