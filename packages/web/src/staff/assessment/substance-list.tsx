import { DISORDER_SEVERITIES, LEVEL_CODES, EPISODE_OUTCOMES, ROUTES, SUBSTANCES } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { SelectField, TextField } from '../forms/inputs.js';
import { RepeatingRows } from '../forms/repeating-rows.js';
import { words } from '../i18n/words.js';
import { EMPTY_EPISODE, EMPTY_SUBSTANCE, type PriorEpisodeRow, type SubstanceRow } from './draft.js';
import { substanceLabel, valueLabel } from './value-label.js';

export interface RowsProps<Row> {
  readonly rows: readonly Row[];
  readonly onChange: (rows: Row[]) => void;
  /** DOM id and error of a row's field, by its case path (`substances.0.daysUsedLast30`). */
  readonly idFor: (path: string) => string;
  readonly errorFor: (path: string) => string | undefined;
}

const options = (values: readonly string[]): { value: string; label: string }[] => values.map((v) => ({ value: v, label: valueLabel(v) }));

/** The substances used: one group of fields each, added and removed as the interview goes. */
export function SubstanceList({ rows, onChange, idFor, errorFor }: RowsProps<SubstanceRow>): ReactNode {
  const w = words.assessment;
  const f = w.substanceFields;
  return (
    <RepeatingRows
      title={w.substances}
      titleAs="heading"
      rows={rows}
      empty={EMPTY_SUBSTANCE}
      onChange={onChange}
      legend={w.substance}
      removeLabel={w.removeSubstance}
      addLabel={w.addSubstance}
      fields={(row, i, set) => {
        const field = (name: keyof SubstanceRow): { id: string; error: string | undefined } => ({
          id: idFor(`substances.${i}.${name}`),
          error: errorFor(`substances.${i}.${name}`),
        });
        return (
          <>
            <SelectField
              {...field('name')}
              label={f.name}
              value={row.name}
              onChange={set('name')}
              options={SUBSTANCES.map((v) => ({ value: v, label: substanceLabel(v) }))}
            />
            <TextField
              {...field('daysUsedLast30')}
              label={f.daysUsedLast30}
              inputMode="numeric"
              autoComplete="off"
              value={row.daysUsedLast30}
              onChange={set('daysUsedLast30')}
            />
            <SelectField
              {...field('route')}
              label={f.route}
              value={row.route}
              onChange={set('route')}
              placeholder={words.forms.notAnswered}
              options={options(ROUTES)}
            />
            <TextField
              {...field('hoursSinceLastUse')}
              label={f.hoursSinceLastUse}
              inputMode="numeric"
              autoComplete="off"
              value={row.hoursSinceLastUse}
              onChange={set('hoursSinceLastUse')}
            />
            <SelectField
              {...field('disorderSeverity')}
              label={f.disorderSeverity}
              value={row.disorderSeverity}
              onChange={set('disorderSeverity')}
              placeholder={words.forms.notAnswered}
              options={options(DISORDER_SEVERITIES)}
            />
            <TextField
              {...field('amountPerDay')}
              label={f.amountPerDay}
              hint={f.amountPerDayHint}
              inputMode="numeric"
              autoComplete="off"
              value={row.amountPerDay}
              onChange={set('amountPerDay')}
            />
            <SelectField
              {...field('prescribed')}
              label={f.prescribed}
              value={row.prescribed}
              onChange={set('prescribed')}
              placeholder={words.forms.notAnswered}
              options={[
                { value: 'yes', label: words.forms.yes },
                { value: 'no', label: words.forms.no },
              ]}
            />
          </>
        );
      }}
    />
  );
}

/** Treatment episodes before this one and how each went (dimension 5 reads them). */
export function PriorEpisodeList({ rows, onChange, idFor, errorFor }: RowsProps<PriorEpisodeRow>): ReactNode {
  const w = words.assessment;
  return (
    <RepeatingRows
      title={w.priorEpisodes}
      titleAs="heading"
      rows={rows}
      empty={EMPTY_EPISODE}
      onChange={onChange}
      legend={w.priorEpisode}
      removeLabel={w.removeEpisode}
      addLabel={w.addEpisode}
      fields={(row, i, set) => {
        const path = (name: string): string => `relapsePotential.priorEpisodes.${i}.${name}`;
        return (
          <>
            <SelectField
              id={idFor(path('level'))}
              error={errorFor(path('level'))}
              label={w.episodeFields.level}
              value={row.level}
              onChange={set('level')}
              options={options(LEVEL_CODES)}
            />
            <SelectField
              id={idFor(path('outcome'))}
              error={errorFor(path('outcome'))}
              label={w.episodeFields.outcome}
              value={row.outcome}
              onChange={set('outcome')}
              options={options(EPISODE_OUTCOMES)}
            />
          </>
        );
      }}
    />
  );
}
