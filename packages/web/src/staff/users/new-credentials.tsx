import type { ReactNode } from 'react';
import { TextField } from '../forms/inputs.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';

/** Email and a new password for an account, with the server's rules beside each field. */
export function NewCredentials(p: {
  readonly form: FormErrors;
  readonly email: string;
  readonly password: string;
  readonly onEmail: (v: string) => void;
  readonly onPassword: (v: string) => void;
  /** `username` when the account is the person's own (the browser may offer to save it). */
  readonly emailAutoComplete: 'off' | 'username';
}): ReactNode {
  const w = words.users;
  return (
    <>
      <TextField
        id={p.form.id('email')}
        label={w.email}
        type="email"
        autoComplete={p.emailAutoComplete}
        value={p.email}
        onChange={p.onEmail}
        error={p.form.error('email')}
      />
      <TextField
        id={p.form.id('password')}
        label={w.password}
        hint={w.passwordHint}
        type="password"
        autoComplete="new-password"
        value={p.password}
        onChange={p.onPassword}
        error={p.form.error('password')}
      />
    </>
  );
}
