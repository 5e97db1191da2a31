import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { SessionsTable } from '../account/sessions-table.js';
import type { Role } from '@carelevel/contract';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { RecordUserSection } from './record-user-section.js';
import { RoleFields } from './role-fields.js';
import {
  accountSessions,
  disableAccount,
  enableAccount,
  endAccountSessions,
  listAccounts,
  removeSecondFactor,
  setAccountPassword,
  setAccountRole,
  userKeys,
  type StaffAccount,
} from './users-api.js';

/** One account from start to end (admin): disable or enable, role and programs, a new password, sessions, second factor. */
export default function ManageAccountPage(): ReactNode {
  const w = words.users;
  const { userId = '' } = useParams();
  const accounts = useQuery({ queryKey: userKeys.all, queryFn: listAccounts });
  const account = accounts.data?.find((a) => a.id === userId);
  if (accounts.isPending) return <Loading />;
  if (accounts.isError) return <LoadError error={accounts.error} retry={() => void accounts.refetch()} />;
  if (!account)
    return (
      <Page title={w.notFound}>
        <p>
          <Link to="/users">{w.back}</Link>
        </p>
      </Page>
    );
  return (
    <Page title={w.manageTitle(account.email)} lead={<Link to="/users">{w.back}</Link>}>
      <AccessSection account={account} />
      <RoleSection key={`${account.role}-${account.programs.join()}`} account={account} />
      <PasswordSection account={account} />
      <AccountSessions account={account} />
      <RecordUserSection account={account} />
    </Page>
  );
}

/** Say what happened, politely, where the person is looking. */
function Done({ text }: { readonly text: string | undefined }): ReactNode {
  return text ? (
    <p className="notice" role="status">
      {text}
    </p>
  ) : null;
}

function useAccountChange<T>(fn: () => Promise<T>, done: (result: T) => string, fail: (err: unknown) => void) {
  const client = useQueryClient();
  const [said, setSaid] = useState<string | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: fn,
    onMutate: () => {
      setSaid(undefined);
    },
    onSuccess: async (result) => {
      setSaid(done(result));
      await client.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: fail,
  });
  return { mutation, said };
}

function AccessSection({ account }: { readonly account: StaffAccount }): ReactNode {
  const w = words.users;
  const form = useFormErrors('access', 'body', []);
  const disable = useAccountChange(
    () => disableAccount(account.id),
    () => w.disabledNow,
    form.fail,
  );
  const enable = useAccountChange(
    () => enableAccount(account.id),
    () => w.enabledNow,
    form.fail,
  );
  const second = useAccountChange(
    () => removeSecondFactor(account.id),
    () => w.secondFactorRemoved,
    form.fail,
  );
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{w.accessTitle}</h2>
      <ErrorSummary items={form.summary} />
      <Done text={disable.said ?? enable.said ?? second.said} />
      <p>
        {account.disabledAt ? w.disabledSince(account.disabledAt) : account.lockedUntil ? w.lockedUntil(account.lockedUntil) : w.active}
      </p>
      <p>{account.disabledAt ? w.enableHint : w.disableHint}</p>
      <div className="button-row">
        {account.disabledAt ? (
          <button
            type="button"
            className="button"
            disabled={enable.mutation.isPending}
            onClick={() => {
              enable.mutation.mutate();
            }}
          >
            {w.enable}
          </button>
        ) : (
          <button
            type="button"
            className="button button--danger"
            disabled={disable.mutation.isPending}
            onClick={() => {
              disable.mutation.mutate();
            }}
          >
            {w.disable}
          </button>
        )}
      </div>
      {account.secondFactor ? (
        <>
          <p>{w.removeSecondFactorHint}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={second.mutation.isPending}
              onClick={() => {
                second.mutation.mutate();
              }}
            >
              {w.removeSecondFactor}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

const ROLE_FIELDS = ['role', 'programs'] as const;

function RoleSection({ account }: { readonly account: StaffAccount }): ReactNode {
  const w = words.users;
  const [role, setRole] = useState<Role | ''>(account.role);
  const [programs, setPrograms] = useState<string[]>([...account.programs]);
  const form = useFormErrors('role', 'body', ROLE_FIELDS);
  const change = useAccountChange(
    () => setAccountRole(account.id, role, programs),
    () => w.roleSaved,
    form.fail,
  );
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    change.mutation.mutate();
  };
  return (
    <section aria-labelledby="role-title">
      <h2 id="role-title">{w.roleTitle}</h2>
      <Done text={change.said} />
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <RoleFields form={form} role={role} onRole={setRole} programs={programs} onPrograms={setPrograms} nearId="role-near" />
        <div className="button-row">
          <button type="submit" className="button" disabled={change.mutation.isPending}>
            {change.mutation.isPending ? words.forms.saving : w.saveRole}
          </button>
        </div>
      </form>
    </section>
  );
}

const PASSWORD_FIELDS = ['password'] as const;

function PasswordSection({ account }: { readonly account: StaffAccount }): ReactNode {
  const w = words.users;
  const [password, setPassword] = useState('');
  const form = useFormErrors('new-password', 'body', PASSWORD_FIELDS);
  const change = useAccountChange(
    () => setAccountPassword(account.id, password),
    () => w.passwordSaved,
    form.fail,
  );
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    change.mutation.mutate(undefined, {
      onSuccess: () => {
        setPassword('');
      },
    });
  };
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{w.passwordTitle}</h2>
      <Done text={change.said} />
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <TextField
          id={form.id('password')}
          label={w.newPassword}
          hint={w.passwordHint}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={form.error('password')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={change.mutation.isPending}>
            {change.mutation.isPending ? words.forms.saving : w.setPassword}
          </button>
        </div>
      </form>
    </section>
  );
}

function AccountSessions({ account }: { readonly account: StaffAccount }): ReactNode {
  const w = words.users;
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: userKeys.sessions(account.id), queryFn: () => accountSessions(account.id) });
  const form = useFormErrors('sessions', 'body', []);
  const end = useAccountChange(
    () => endAccountSessions(account.id),
    (r) => w.sessionsEnded(r.ended),
    form.fail,
  );
  return (
    <section aria-labelledby="account-sessions-title">
      <h2 id="account-sessions-title">{w.sessionsTitle}</h2>
      <ErrorSummary items={form.summary} />
      <Done text={end.said} />
      {sessions.data ? <SessionsTable sessions={sessions.data} label={w.sessionsTitle} /> : <Loading />}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={end.mutation.isPending}
          onClick={() => {
            end.mutation.mutate(undefined, { onSuccess: () => void client.invalidateQueries({ queryKey: userKeys.sessions(account.id) }) });
          }}
        >
          {w.endSessions}
        </button>
      </div>
    </section>
  );
}
