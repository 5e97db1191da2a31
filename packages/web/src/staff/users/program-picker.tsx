import type { ProgramSearchRequest } from '@carelevel/contract';
import { useState, type ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { CheckboxGroup } from '../forms/choice-group.js';
import { TextField } from '../forms/inputs.js';
import { words } from '../i18n/words.js';
import { useProgramSearch } from '../referrals/programs-api.js';
import { ProgramNames } from '../referrals/referral-card.js';

/** Programs a program-staff account works for, found by place in the directory and ticked. */
export function ProgramPicker(p: {
  readonly id: string;
  readonly nearId: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly error: string | undefined;
}): ReactNode {
  const w = words.users;
  const [near, setNear] = useState('');
  const [asked, setAsked] = useState<ProgramSearchRequest | null>(null);
  const [missing, setMissing] = useState(false);
  const search = useProgramSearch(asked);
  const found = search.data?.results;
  const searchError = search.error
    ? isApiProblem(search.error)
      ? (search.error.errors[0]?.message ?? search.error.title)
      : w.searchFailed
    : undefined;
  const find = (): void => {
    setMissing(!near.trim());
    if (near.trim()) setAsked({ near: near.trim(), radiusMiles: 25, limit: 20 });
  };
  return (
    <div>
      {p.values.length > 0 ? (
        <p>
          {w.worksFor} <ProgramNames ids={p.values} />
        </p>
      ) : null}
      <TextField
        id={p.nearId}
        label={w.near}
        hint={w.nearHint}
        value={near}
        onChange={setNear}
        error={missing ? w.nearMissing : searchError}
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={find} disabled={search.isFetching}>
          {w.findPrograms}
        </button>
      </div>
      {found ? (
        found.length > 0 ? (
          <CheckboxGroup
            id={p.id}
            legend={w.programsLegend}
            options={found.map((x) => ({ value: x.id, label: `${x.name} — ${x.city}, ${x.state}` }))}
            values={[...p.values]}
            onChange={p.onChange}
            error={p.error}
          />
        ) : (
          <p role="status">{w.noPrograms}</p>
        )
      ) : p.error ? (
        <p className="field-error" id={p.id}>
          {p.error}
        </p>
      ) : null}
    </div>
  );
}
