import type { ProgramView } from '@carelevel/contract';
import { PAYMENTS } from '@carelevel/directory/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { CheckboxGroup } from '../forms/choice-group.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { directoryWords, words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { programKeys } from '../referrals/programs-api.js';
import { confirmListing } from './program-api.js';

const TEXT_FIELDS = ['phone', 'intakePhone', 'website', 'street1', 'city', 'state', 'zip'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
const FIELDS = TEXT_FIELDS.map((f) => `correction.${f}`).concat('correction.payments');

/**
 * Program staff confirm their listing: "our listing is right" as it is, or with what changed (phone,
 * website, address, payments). Either way it is stamped confirmed by the program today, and the finder
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
  const [done, setDone] = useState('');
  const form = useFormErrors('listing', 'body', FIELDS);
  const save = useMutation({
    mutationFn: (withChanges: boolean) => {
      const correction: Record<string, unknown> = {};
      if (withChanges) {
        for (const f of TEXT_FIELDS) if (v[f].trim() !== current[f]) correction[f] = v[f].trim();
        if (payments.join() !== program.payments.join()) correction.payments = payments;
      }
      return confirmListing(program.id, Object.keys(correction).length > 0 ? { correction: correction } : {});
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
