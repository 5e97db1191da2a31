import { useState, type SyntheticEvent, type ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { FirstAdminForm } from '../users/first-admin-form.js';
import { setupNeeded, userKeys } from '../users/users-api.js';
import { useQuery } from '@tanstack/react-query';
import { Page } from './page.js';
import { useSession } from './session.js';

const FIELDS = ['email', 'password', 'code'] as const;

/** Sign in with a server account. The page stays at the address it was opened with, so work resumes there. */
export function SignInPage(): ReactNode {
  const { signIn, expired } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Shown once the server says the password was right and the account has a second factor.
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors('sign-in', 'body', FIELDS);
  const w = words.signIn;
  // On the first run there is no account to sign in with: the page offers the setup only.
  const firstRun = useQuery({ queryKey: userKeys.setup, queryFn: setupNeeded }).data === true;

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = w.emailMissing;
    if (!password) missing.password = w.passwordMissing;
    if (askCode && !code.trim()) missing.code = w.codeMissing;
    if (Object.keys(missing).length > 0) {
      form.failWith(missing);
      return;
    }
    setBusy(true);
    try {
      await signIn(email, password, askCode ? code.trim() : undefined);
    } catch (err) {
      setCode('');
      if (isApiProblem(err) && err.code === 'second-factor-required') {
        setAskCode(true);
        form.failWith({ code: w.codeNeeded });
      } else if (isApiProblem(err) && err.code === 'bad-second-factor') form.failWith({ code: w.badCode });
      else {
        // One message for both fields: saying which was wrong would help someone guessing accounts.
        if (isApiProblem(err) && err.code === 'bad-credentials') form.failWith({ password: w.badCredentials });
        else form.fail(err);
        setPassword('');
        setAskCode(false);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={w.title}>
      {expired ? (
        <p className="notice" role="status">
          {w.expired}
        </p>
      ) : null}
      <FirstAdminForm />
      {firstRun ? null : (
        <>
          <p>{w.intro}</p>
          <form ref={form.formRef} noValidate onSubmit={(e) => void submit(e)} className="form narrow">
            <ErrorSummary items={form.summary} />
            <TextField
              id={form.id('email')}
              name="email"
              label={w.email}
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={form.error('email')}
            />
            <TextField
              id={form.id('password')}
              name="password"
              label={w.password}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={form.error('password')}
            />
            {askCode ? (
              <TextField
                id={form.id('code')}
                name="code"
                label={w.code}
                hint={w.codeHint}
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={setCode}
                error={form.error('code')}
              />
            ) : null}
            <button type="submit" className="button" disabled={busy}>
              {busy ? w.working : w.submit}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
