import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { NewCredentials } from './new-credentials.js';
import { useSession } from '../shell/session.js';
import { createFirstAdmin, setupNeeded, userKeys } from './users-api.js';

const FIELDS = ['email', 'password'] as const;

/**
 * First run: while no administrator exists, the sign-in page offers to create one (the server allows
 * it only then, and only once even if two people try at the same moment). Signs straight in after.
 */
export function FirstAdminForm(): ReactNode {
  const w = words.users;
  const needed = useQuery({ queryKey: userKeys.setup, queryFn: setupNeeded });
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors('first-admin', 'body', FIELDS);
  const create = useMutation({
    mutationFn: async () => {
      await createFirstAdmin({ email, password });
      await signIn(email, password);
    },
    onError: form.fail,
  });
  if (needed.data !== true) return null;
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    create.mutate();
  };
  return (
    <section aria-labelledby="first-admin" className="first-run">
      <h2 id="first-admin">{w.setupTitle}</h2>
      <p>{w.setupIntro}</p>
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <NewCredentials
          form={form}
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
          emailAutoComplete="username"
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? words.forms.saving : w.setupCreate}
          </button>
        </div>
      </form>
    </section>
  );
}
