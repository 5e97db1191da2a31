import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Role } from '@carelevel/contract';
import { ErrorSummary } from '../forms/error-summary.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { NewCredentials } from './new-credentials.js';
import { RoleFields } from './role-fields.js';
import { addAccount, userKeys } from './users-api.js';

const FIELDS = ['email', 'password', 'role', 'programs'] as const;

/**
 * Add a staff account. Program staff must be bound to programs, found by place in the directory; the
 * server checks every rule (password length, role, programs that exist) and its errors show here.
 */
export function AddAccountForm(): ReactNode {
  const w = words.users;
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [programs, setPrograms] = useState<string[]>([]);
  const [added, setAdded] = useState<string | undefined>(undefined);
  const form = useFormErrors('account', 'body', FIELDS);

  const add = useMutation({
    mutationFn: addAccount,
    onSuccess: async ({ user }) => {
      setAdded(w.added(user.email, words.roles[user.role]));
      setEmail('');
      setPassword('');
      setPrograms([]);
      await client.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: form.fail,
  });

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    setAdded(undefined);
    add.mutate({ email, password, role, ...(role === 'program-staff' ? { programs } : {}) });
  };

  return (
    <section aria-labelledby="add-account">
      <h2 id="add-account">{w.addTitle}</h2>
      {added ? (
        <p className="notice" role="status">
          {added}
        </p>
      ) : null}
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <NewCredentials form={form} email={email} password={password} onEmail={setEmail} onPassword={setPassword} emailAutoComplete="off" />
        <RoleFields form={form} role={role} onRole={setRole} programs={programs} onPrograms={setPrograms} nearId="account-near" />
        <div className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? words.forms.saving : w.add}
          </button>
        </div>
      </form>
    </section>
  );
}
