import { DAY_PROGRAM_LEVELS, SCHEDULE_TRACKS, type DayProgramLevel } from '@carelevel/directory/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { useParams } from 'react-router';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { CheckboxField } from '../forms/checkbox-field.js';
import { CheckboxGroup } from '../forms/choice-group.js';
import type { ProgramView } from '@carelevel/contract';
import { programKeys, useProgram } from '../referrals/programs-api.js';
import '../referrals/referrals.css';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { ListingForm } from './listing-form.js';
import { reportOpenings, saveSchedule } from './program-api.js';

const OPENING_FIELDS = ['acceptingNewClients', 'beds', 'seats', 'waitlistDays'] as const;
const SCHEDULE_FIELDS = ['tracks', 'level'] as const;

/** A count field's value: empty means "not reported"; anything else goes as a number (the server checks it). */
const count = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));

/** Program staff keep their listing current: openings now (stamped when reported) and schedule tracks. */
export default function ProgramPage(): ReactNode {
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  if (program.isPending) return <Loading />;
  if (program.isError) return <LoadError error={program.error} retry={() => void program.refetch()} />;
  const p = program.data;
  const dayLevels = DAY_PROGRAM_LEVELS.filter((l) => p.care.levels.includes(l));
  return (
    <Page title={words.inbox.openingsTitle(p.name)}>
      <ListingForm program={p} />
      <OpeningsForm program={p} />
      {dayLevels.length === 0 ? <p>{words.inbox.noDayProgram}</p> : dayLevels.map((l) => <ScheduleForm key={l} program={p} level={l} />)}
    </Page>
  );
}

function OpeningsForm({ program }: { readonly program: ProgramView }): ReactNode {
  const w = words.inbox;
  const client = useQueryClient();
  const o = program.openings;
  const [v, setV] = useState({
    acceptingNewClients: o?.acceptingNewClients ?? false,
    beds: o?.beds?.toString() ?? '',
    seats: o?.seats?.toString() ?? '',
    waitlistDays: o?.waitlistDays?.toString() ?? '',
  });
  const [done, setDone] = useState('');
  const form = useFormErrors('openings', 'body', OPENING_FIELDS);
  const save = useMutation({
    mutationFn: () => {
      const beds = count(v.beds);
      const seats = count(v.seats);
      const waitlistDays = count(v.waitlistDays);
      return reportOpenings(program.id, {
        acceptingNewClients: v.acceptingNewClients,
        ...(beds !== undefined ? { beds } : {}),
        ...(seats !== undefined ? { seats } : {}),
        ...(waitlistDays !== undefined ? { waitlistDays } : {}),
      });
    },
    onSuccess: async () => {
      form.clear();
      setDone(w.openingsSaved);
      await client.invalidateQueries({ queryKey: programKeys.one(program.id) });
    },
    onError: (err) => {
      setDone('');
      form.fail(err);
    },
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="openings-heading">
      <h2 id="openings-heading">{w.openingsHeading}</h2>
      <p className="muted">{o ? w.lastReported(shortDateTime(o.reportedAt)) : w.neverReported}</p>
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <CheckboxField
          id={form.id('acceptingNewClients')}
          label={w.accepting}
          checked={v.acceptingNewClients}
          onChange={(c) => {
            setV({ ...v, acceptingNewClients: c });
          }}
          error={form.error('acceptingNewClients')}
        />
        <TextField
          id={form.id('beds')}
          label={w.beds}
          type="number"
          min={0}
          optional
          value={v.beds}
          onChange={(x) => {
            setV({ ...v, beds: x });
          }}
          error={form.error('beds')}
        />
        <TextField
          id={form.id('seats')}
          label={w.seats}
          type="number"
          min={0}
          optional
          value={v.seats}
          onChange={(x) => {
            setV({ ...v, seats: x });
          }}
          error={form.error('seats')}
        />
        <TextField
          id={form.id('waitlistDays')}
          label={w.waitlistDays}
          hint={w.waitlistHint}
          type="number"
          min={0}
          optional
          value={v.waitlistDays}
          onChange={(x) => {
            setV({ ...v, waitlistDays: x });
          }}
          error={form.error('waitlistDays')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {w.saveOpenings}
          </button>
        </div>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}

function ScheduleForm({ program, level }: { readonly program: ProgramView; readonly level: DayProgramLevel }): ReactNode {
  const w = words.inbox;
  const client = useQueryClient();
  const [tracks, setTracks] = useState<string[]>([...(program.care.scheduleTracks[level] ?? [])]);
  const [done, setDone] = useState('');
  const form = useFormErrors(`schedule-${level}`, 'body', SCHEDULE_FIELDS);
  const save = useMutation({
    mutationFn: () => saveSchedule(program.id, { level, tracks: SCHEDULE_TRACKS.filter((t) => tracks.includes(t)) }),
    onSuccess: async () => {
      form.clear();
      setDone(w.scheduleSaved);
      await client.invalidateQueries({ queryKey: programKeys.one(program.id) });
    },
    onError: (err) => {
      setDone('');
      form.fail(err);
    },
  });
  const heading = `schedule-heading-${level}`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{w.scheduleHeading(engineWords.levels[level])}</h2>
      <form
        ref={form.formRef}
        noValidate
        className="form narrow"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <ErrorSummary items={form.summary} />
        <CheckboxGroup
          id={form.id('tracks')}
          legend={w.tracks}
          options={SCHEDULE_TRACKS.map((t) => ({ value: t, label: w.trackWords[t] ?? t }))}
          values={tracks}
          onChange={setTracks}
          error={form.error('tracks') ?? form.error('level')}
          inline
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {w.saveSchedule}
          </button>
        </div>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}
