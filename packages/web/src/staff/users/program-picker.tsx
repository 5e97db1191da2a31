import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { CheckboxGroup } from '../forms/choice-group.js';
import { TextField } from '../forms/inputs.js';
import { words } from '../i18n/words.js';
import { programsNear, type ProgramChoice } from './users-api.js';

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
  const [found, setFound] = useState<readonly ProgramChoice[] | undefined>(undefined);
  const [nearError, setNearError] = useState<string | undefined>(undefined);
  const search = useMutation({
    mutationFn: programsNear,
    onSuccess: setFound,
    onError: (err) => {
      setNearError(isApiProblem(err) ? (err.errors[0]?.message ?? err.title) : w.searchFailed);
    },
  });
  const find = (): void => {
    setNearError(near.trim() ? undefined : w.nearMissing);
    if (near.trim()) search.mutate(near.trim());
  };
  return (
    <div>
      <TextField id={p.nearId} label={w.near} hint={w.nearHint} value={near} onChange={setNear} error={nearError} />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={find} disabled={search.isPending}>
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
