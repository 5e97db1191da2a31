import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { linkRecordUser, recordUserLinks, userKeys, type StaffAccount } from './users-api.js';

const FIELDS = ['iss', 'fhirUser'] as const;

/** Which health-record user signs in as this account when carelevel is launched from the record (admin). */
export function RecordUserSection({ account }: { readonly account: StaffAccount }): ReactNode {
  const w = words.users;
  const client = useQueryClient();
  const links = useQuery({ queryKey: userKeys.recordUsers(account.id), queryFn: () => recordUserLinks(account.id) });
  const [iss, setIss] = useState('');
  const [fhirUser, setFhirUser] = useState('');
  const [said, setSaid] = useState<string | undefined>(undefined);
  const form = useFormErrors('record-user', 'body', FIELDS);
  const link = useMutation({
    mutationFn: () => linkRecordUser(account.id, { iss, fhirUser }),
    onSuccess: (answer) => {
      client.setQueryData(userKeys.recordUsers(account.id), answer.links);
      setSaid(w.recordUserSaved);
      setFhirUser('');
    },
    onError: form.fail,
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    setSaid(undefined);
    link.mutate();
  };
  return (
    <section aria-labelledby="record-user-title">
      <h2 id="record-user-title">{w.recordUserTitle}</h2>
      <p>{w.recordUserIntro}</p>
      {links.data && links.data.length > 0 ? (
        <ul>
          {links.data.map((l) => (
            <li key={`${l.iss} ${l.fhirUser}`}>{w.recordUserLinked(l.fhirUser, l.iss)}</li>
          ))}
        </ul>
      ) : links.data ? (
        <p className="muted">{w.recordUserNone}</p>
      ) : null}
      {said ? (
        <p className="notice" role="status">
          {said}
        </p>
      ) : null}
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <TextField id={form.id('iss')} label={w.recordIss} hint={w.recordIssHint} value={iss} onChange={setIss} error={form.error('iss')} />
        <TextField
          id={form.id('fhirUser')}
          label={w.recordFhirUser}
          hint={w.recordFhirUserHint}
          value={fhirUser}
          onChange={setFhirUser}
          error={form.error('fhirUser')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={link.isPending}>
            {link.isPending ? words.forms.saving : w.linkRecordUser}
          </button>
        </div>
      </form>
    </section>
  );
}
