import { EPISODE_OUTCOMES, LEVEL_CODES } from '@carelevel/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { api, seg } from '../api/client.js';
import type { EpisodeView } from '@carelevel/contract';
import { levelName, valueLabel } from '../assessment/value-label.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { DateField, typedDateToSend } from '../forms/date-field.js';
import { SelectField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { localToday } from '../../local-date.js';
import { timelineKey } from './timeline-api.js';

const FIELDS = ['level', 'startedOn', 'endedOn', 'outcome'] as const;

interface NewEpisode {
  readonly level: string;
  readonly startedOn: string;
  readonly endedOn?: string;
  readonly outcome?: string;
}

const addEpisode = (personId: string, e: NewEpisode): Promise<EpisodeView> =>
  api.post<EpisodeView>(`api/v1/people/${seg(personId)}/episodes`, e);

/** Record an admission (an episode of care) on the timeline; the server checks the dates and names any field at fault. */
export function EpisodeForm({ personId }: { readonly personId: string }): ReactNode {
  const w = words.timeline;
  const client = useQueryClient();
  const [v, setV] = useState({ level: '', startedOn: localToday(), endedOn: '', outcome: '' });
  const [saved, setSaved] = useState(false);
  const form = useFormErrors('episode', 'body', FIELDS);
  const set = (k: keyof typeof v) => (value: string) => {
    if (form.problem) form.clear();
    setSaved(false);
    setV((old) => ({ ...old, [k]: value }));
  };
  const add = useMutation({
    mutationFn: () =>
      addEpisode(personId, {
        level: v.level,
        startedOn: typedDateToSend(v.startedOn),
        ...(v.endedOn ? { endedOn: typedDateToSend(v.endedOn) } : {}),
        ...(v.outcome ? { outcome: v.outcome } : {}),
      }),
    onSuccess: async () => {
      form.clear();
      setSaved(true);
      await client.invalidateQueries({ queryKey: timelineKey(personId) });
    },
    onError: form.fail,
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <details className="card">
      <summary>{w.addEpisode}</summary>
      <p className="field-hint">{w.addEpisodeIntro}</p>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form narrow">
        <ErrorSummary items={form.summary} />
        <SelectField
          id={form.id('level')}
          label={w.episodeLevel}
          value={v.level}
          onChange={set('level')}
          options={LEVEL_CODES.map((l) => ({ value: l, label: levelName(l) }))}
          error={form.error('level')}
        />
        <DateField
          id={form.id('startedOn')}
          label={w.startedOn}
          hint={w.dateHint}
          value={v.startedOn}
          onChange={set('startedOn')}
          error={form.error('startedOn')}
        />
        <DateField
          id={form.id('endedOn')}
          label={w.endedOn}
          hint={w.dateHint}
          optional
          value={v.endedOn}
          onChange={set('endedOn')}
          error={form.error('endedOn')}
        />
        <SelectField
          id={form.id('outcome')}
          label={w.outcome}
          optional
          value={v.outcome}
          onChange={set('outcome')}
          options={EPISODE_OUTCOMES.map((o) => ({ value: o, label: valueLabel(o) }))}
          error={form.error('outcome')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? words.forms.saving : w.saveEpisode}
          </button>
        </div>
        {saved ? (
          <p role="status" className="notice">
            {w.episodeSaved}
          </p>
        ) : null}
      </form>
    </details>
  );
}
