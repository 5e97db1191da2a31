import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { confirmEnrolment, startEnrolment } from './account-api.js';

const FIELDS = ['code'] as const;

/**
 * Enrol an authenticator app: the server makes a secret and draws its QR code; the first code from
 * the app confirms it; the recovery codes are shown once. `onDone` runs after they have been kept.
 */
export function SecondFactorEnrolment({ onDone }: { readonly onDone: () => void }): ReactNode {
  const w = words.account;
  const form = useFormErrors('second-factor', 'body', FIELDS);
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: startEnrolment, onError: form.fail });
  const confirm = useMutation({ mutationFn: confirmEnrolment, onError: form.fail });

  if (confirm.data)
    return (
      <section aria-labelledby="recovery-codes">
        <h2 id="recovery-codes">{w.recoveryTitle}</h2>
        <p>{w.recoveryIntro}</p>
        <ul className="recovery-codes">
          {confirm.data.recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <button type="button" className="button" onClick={onDone}>
            {w.recoveryDone}
          </button>
        </div>
      </section>
    );

  if (!start.data)
    return (
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={() => {
            start.mutate();
          }}
        >
          {w.enrolStart}
        </button>
      </div>
    );

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    if (!/^\d{6}$/.test(code.trim())) form.failWith({ code: w.codeMissing });
    else confirm.mutate(code.trim());
  };
  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{w.enrolTitle}</h2>
      <p>{w.enrolSteps}</p>
      <img className="qr-code" src={`data:image/svg+xml;base64,${btoa(start.data.qrSvg)}`} alt={w.qrAlt} width={200} height={200} />
      <p>
        {w.secretLabel}: <code className="totp-secret">{start.data.secret}</code>
      </p>
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <TextField
          id={form.id('code')}
          label={w.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={setCode}
          error={form.error('code')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={confirm.isPending}>
            {confirm.isPending ? words.forms.saving : w.confirm}
          </button>
        </div>
      </form>
    </section>
  );
}
