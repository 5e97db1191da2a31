import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode, type SyntheticEvent } from 'react';
import { CheckboxField } from '../forms/checkbox-field.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { SESSION_KEY } from '../shell/session.js';
import { LoadError } from '../shell/status.js';
import { saveSecuritySettings, securitySettings, userKeys } from './users-api.js';

const FIELDS = ['secondFactorRequired'] as const;

/** The admin setting that requires an authenticator app for administrators and clinicians. */
export function SecuritySettingsForm(): ReactNode {
  const w = words.users;
  const client = useQueryClient();
  const settings = useQuery({ queryKey: userKeys.security, queryFn: securitySettings });
  const [required, setRequired] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors('security', 'body', FIELDS);
  useEffect(() => {
    if (settings.data) setRequired(settings.data.secondFactorRequired);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: saveSecuritySettings,
    onSuccess: async () => {
      setSaved(true);
      await client.invalidateQueries({ queryKey: userKeys.security });
      // The setting may apply to the admin saving it: ask the server who they are now.
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
    onError: form.fail,
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    form.clear();
    setSaved(false);
    save.mutate({ secondFactorRequired: required });
  };
  return (
    <section aria-labelledby="security-settings">
      <h2 id="security-settings">{w.securityTitle}</h2>
      {settings.isError ? <LoadError error={settings.error} retry={() => void settings.refetch()} /> : null}
      {saved ? (
        <p className="notice" role="status">
          {w.settingsSaved}
        </p>
      ) : null}
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <CheckboxField
          id={form.id('secondFactorRequired')}
          label={w.requireSecondFactor}
          hint={w.requireSecondFactorHint}
          checked={required}
          onChange={setRequired}
          error={form.error('secondFactorRequired')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending || !settings.data}>
            {save.isPending ? words.forms.saving : w.saveSettings}
          </button>
        </div>
      </form>
    </section>
  );
}
