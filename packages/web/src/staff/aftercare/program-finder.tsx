import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextField } from '../forms/inputs.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { searchDirectory, type ProgramHit } from '../referrals/programs-api.js';

/** Local programs from the directory near the person's ZIP; what it finds is offered for each service. */
export function ProgramFinder({
  zip: initialZip,
  onFound,
  form,
  onSearch,
}: {
  readonly zip: string;
  readonly onFound: (hits: readonly ProgramHit[]) => void;
  readonly form: FormErrors;
  readonly onSearch: () => void;
}): ReactNode {
  const w = words.aftercare;
  const [zip, setZip] = useState(initialZip);
  const [level, setLevel] = useState<LevelCode>('outpatient');
  const [found, setFound] = useState<readonly ProgramHit[] | null>(null);
  const find = useMutation({
    mutationFn: () => searchDirectory({ zip: zip.trim(), level, radiusMiles: 25, limit: 10 }),
    onSuccess: (hits) => {
      form.clear();
      setFound(hits.results);
      onFound(hits.results);
    },
    onError: (err) => {
      form.fail(err);
    },
  });
  return (
    <section aria-labelledby="finder-heading" className="no-print">
      <h2 id="finder-heading">{w.findProgram}</h2>
      <form
        ref={form.formRef}
        noValidate
        role="search"
        aria-labelledby="finder-heading"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch();
          find.mutate();
        }}
      >
        <ErrorSummary items={form.summary} />
        <div className="search-grid">
          <TextField id={form.id('zip')} label={w.findZip} inputMode="numeric" value={zip} onChange={setZip} error={form.error('zip')} />
          <SelectField
            id={form.id('level')}
            label={words.referrals.searchLevel}
            placeholder={false}
            options={LEVEL_CODES.map((l) => ({ value: l, label: engineWords.levels[l] }))}
            value={level}
            onChange={(v) => {
              setLevel(v as LevelCode);
            }}
            error={form.error('level')}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={find.isPending}>
            {w.find}
          </button>
        </div>
      </form>
      {found ? (
        <>
          <p role="status">{words.referrals.results(found.length, found.length)}</p>
          {found.length === 0 ? <p>{w.noneNear}</p> : null}
          <ul>
            {found.map((x) => (
              <li key={x.id}>
                {x.name} — {words.referrals.miles(x.distanceMiles)}
                {x.intakePhone || x.phone ? ` — ${x.intakePhone || x.phone}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
