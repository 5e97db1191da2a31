import type { ProgramView } from '@carelevel/contract';
import { PAYMENTS, WEEKDAYS, type Weekday } from '@carelevel/directory/vocabulary';
import { LEVEL_CODES } from '@carelevel/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { CheckboxField } from '../forms/checkbox-field.js';
import { CheckboxGroup } from '../forms/choice-group.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { directoryWords, engineWords, words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { programKeys } from '../referrals/programs-api.js';
import { confirmListing } from './program-api.js';

const TEXT_FIELDS = ['phone', 'intakePhone', 'website', 'street1', 'city', 'state', 'zip'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
const FIELDS = [
  ...TEXT_FIELDS.map((f) => `correction.${f}`),
  'correction.payments',
  'correction.levels',
  'correction.hours',
  'correction.hours.open24Hours',
  'correction.hours.note',
  // the server names a day's times by their place in the list sent (see `sentDays`)
  ...WEEKDAYS.flatMap((_, i) => ['opens', 'closes', 'day'].map((part) => `correction.hours.times.${String(i)}.${part}`)),
];

type DayTimes = Readonly<Record<Weekday, { readonly opens: string; readonly closes: string }>>;
type Hours = NonNullable<ProgramView['hours']>;

const timesOf = (hours: ProgramView['hours']): DayTimes =>
  Object.fromEntries(
    WEEKDAYS.map((d) => {
      const t = hours?.times.find((x) => x.day === d);
      return [d, { opens: t?.opens ?? '', closes: t?.closes ?? '' }];
    }),
  ) as DayTimes;

// 5 January 2026 is a Monday.
const dayNames = new Intl.DateTimeFormat(engineWords.dateLocale, { weekday: 'long', timeZone: 'UTC' });
const dayName = (d: Weekday): string => dayNames.format(new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(d), 12)));

/** The days given at least one time, Monday first: the list sent, so the server's `times[i]` is the i-th. */
const filledDays = (times: DayTimes): Weekday[] => WEEKDAYS.filter((d) => times[d].opens !== '' || times[d].closes !== '');

/** Hours as the form holds them, or null when nothing is said. */
function hoursOf(open24: boolean, times: DayTimes, note: string): Hours | null {
  if (open24) return { open24Hours: true, times: [], note: note.trim() };
  const days = filledDays(times);
  if (days.length === 0 && note.trim() === '') return null;
  return { open24Hours: false, times: days.map((day) => ({ day, ...times[day] })), note: note.trim() };
}

/**
 * Program staff confirm their listing: "our listing is right" as it is, or with what changed (phone,
 * website, address, payments, the levels of care offered, hours). Either way it is stamped confirmed by the program today, and the finder
 * says so. A later refresh from the locator keeps their corrections until the locator itself changes.
 */
export function ListingForm({ program }: { readonly program: ProgramView }): ReactNode {
  const w = words.inbox;
  const client = useQueryClient();
  const current: Record<TextFieldName, string> = {
    phone: program.phone,
    intakePhone: program.intakePhone,
    website: program.website,
    street1: program.address.street1,
    city: program.address.city,
    state: program.address.state,
    zip: program.address.zip,
  };
  const [v, setV] = useState(current);
  const [payments, setPayments] = useState<string[]>([...program.payments]);
  const [levels, setLevels] = useState<string[]>([...program.care.levels]);
  const [open24, setOpen24] = useState(program.hours?.open24Hours ?? false);
  const [times, setTimes] = useState<DayTimes>(timesOf(program.hours));
  const [note, setNote] = useState(program.hours?.note ?? '');
  // the days of the last hours sent, so an error on times[i] lands on its day's fields
  const [sentDays, setSentDays] = useState<readonly Weekday[]>([]);
  const [done, setDone] = useState('');
  const form = useFormErrors('listing', 'body', FIELDS);
  const timeField = (day: Weekday, part: 'opens' | 'closes'): string =>
    sentDays.includes(day) ? `correction.hours.times.${String(sentDays.indexOf(day))}.${part}` : `hours.${day}.${part}`;
  const save = useMutation({
    mutationFn: (withChanges: boolean) => {
      const correction: Record<string, unknown> = {};
      if (withChanges) {
        for (const f of TEXT_FIELDS) if (v[f].trim() !== current[f]) correction[f] = v[f].trim();
        if (payments.join() !== program.payments.join()) correction.payments = payments;
        const chosen = LEVEL_CODES.filter((l) => levels.includes(l));
        if (chosen.join() !== LEVEL_CODES.filter((l) => program.care.levels.includes(l)).join()) correction.levels = chosen;
        const hours = hoursOf(open24, times, note);
        if (JSON.stringify(hours) !== JSON.stringify(program.hours)) correction.hours = hours;
      }
      return confirmListing(program.id, Object.keys(correction).length > 0 ? { correction } : {});
    },
    onSuccess: async () => {
      form.clear();
      setDone(w.listingConfirmed);
      await client.invalidateQueries({ queryKey: programKeys.one(program.id) });
    },
    onError: (err) => {
      setDone('');
      form.fail(err);
    },
  });
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const days = open24 ? [] : filledDays(times);
    setSentDays(days);
    // a day with one time only: said here, in the server's shape, before anything is sent
    const half: Record<string, string> = {};
    days.forEach((d, i) => {
      if (times[d].opens === '' || times[d].closes === '')
        half[`correction.hours.times.${String(i)}.${times[d].opens === '' ? 'opens' : 'closes'}`] = w.hoursBothTimes;
    });
    if (Object.keys(half).length > 0) {
      setDone('');
      form.failWith(half);
      return;
    }
    save.mutate(true);
  };
  return (
    <section aria-labelledby="listing-heading">
      <h2 id="listing-heading">{w.listingHeading}</h2>
      <p className="muted">
        {program.lastVerified
          ? (program.verifiedBy === 'program' ? w.confirmedByYou : w.confirmedBySource)(shortDate(program.lastVerified))
          : w.neverConfirmed}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() => {
            save.mutate(false);
          }}
        >
          {w.listingRight}
        </button>
      </div>
      <details>
        <summary>{w.listingChanged}</summary>
        <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
          <ErrorSummary items={form.summary} />
          {TEXT_FIELDS.map((f) => (
            <TextField
              key={f}
              id={form.id(`correction.${f}`)}
              label={w.listingFields[f]}
              value={v[f]}
              onChange={(x) => {
                setV({ ...v, [f]: x });
              }}
              error={form.error(`correction.${f}`)}
            />
          ))}
          <CheckboxGroup
            id={form.id('correction.payments')}
            legend={w.listingFields.payments}
            options={PAYMENTS.map((p) => ({ value: p, label: directoryWords.values[p] ?? p }))}
            values={payments}
            onChange={setPayments}
            error={form.error('correction.payments')}
          />
          <CheckboxGroup
            id={form.id('correction.levels')}
            legend={w.listingFields.levels}
            hint={w.levelsHint}
            options={LEVEL_CODES.map((l) => ({ value: l, label: engineWords.levels[l] }))}
            values={levels}
            onChange={setLevels}
            error={form.error('correction.levels')}
          />
          <fieldset className="hours">
            <legend>{w.listingFields.hours}</legend>
            <CheckboxField
              id={form.id('correction.hours.open24Hours')}
              label={w.open24Hours}
              checked={open24}
              onChange={setOpen24}
              error={form.error('correction.hours.open24Hours') ?? form.error('correction.hours')}
            />
            {open24 ? null : (
              <>
                <p className="field-hint">{w.hoursHint}</p>
                {WEEKDAYS.map((d) => (
                  <div key={d} className="hours-day">
                    {(['opens', 'closes'] as const).map((part) => (
                      <TextField
                        key={part}
                        type="time"
                        id={form.id(timeField(d, part))}
                        label={(part === 'opens' ? w.opensOn : w.closesOn)(dayName(d))}
                        value={times[d][part]}
                        onChange={(x) => {
                          setTimes({ ...times, [d]: { ...times[d], [part]: x } });
                        }}
                        error={form.error(timeField(d, part))}
                        optional
                      />
                    ))}
                  </div>
                ))}
              </>
            )}
            <TextField
              id={form.id('correction.hours.note')}
              label={w.hoursNote}
              hint={w.hoursNoteHint}
              value={note}
              onChange={setNote}
              error={form.error('correction.hours.note')}
              optional
            />
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button" disabled={save.isPending}>
              {w.saveListing}
            </button>
          </div>
        </form>
      </details>
      <p role="status">{done}</p>
    </section>
  );
}
