import type { ProgramHit, ProgramSearchRequest } from '@carelevel/contract';
import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextField } from '../forms/inputs.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { useQueryErrors } from '../forms/use-query-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { useProgramSearch } from '../referrals/programs-api.js';

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
  const [asked, setAsked] = useState<ProgramSearchRequest | null>(null);
  const find = useProgramSearch(asked);
  useQueryErrors(form, find);
  const found = find.data?.results;
  useEffect(() => {
    if (found) onFound(found);
  }, [found, onFound]);
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
          const request = { near: zip.trim(), levels: [level], radiusMiles: 25, limit: 10 };
          if (JSON.stringify(request) === JSON.stringify(asked)) void find.refetch();
          else setAsked(request);
        }}
      >
        <ErrorSummary items={form.summary} />
        <div className="search-grid">
          <TextField id={form.id('near')} label={w.findZip} inputMode="numeric" value={zip} onChange={setZip} error={form.error('near')} />
          <SelectField
            id={form.id('levels')}
            label={words.referrals.searchLevel}
            placeholder={false}
            options={LEVEL_CODES.map((l) => ({ value: l, label: engineWords.levels[l] }))}
            value={level}
            onChange={(v) => {
              setLevel(v as LevelCode);
            }}
            error={form.error('levels')}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={find.isFetching}>
            {w.find}
          </button>
        </div>
      </form>
      {found ? (
        <>
          <p role="status">{words.referrals.results(found.length, found.length)}</p>
          {found.length === 0 ? <p>{w.noneNear}</p> : null}
          <ul>
            {found.map((x: ProgramHit) => (
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
