import {
  isLevelCode,
  LEVEL_CODES,
  VARIANCE_REASONS,
  WITHDRAWAL_MANAGEMENT,
  type LevelCode,
  type Recommendation,
  type VarianceReason,
  type WithdrawalManagement,
} from '@carelevel/engine';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { AssessmentWithDetermination, DeterminationView, RatingAdjustment } from '@carelevel/contract';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextAreaField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { recordDetermination } from './assessment-api.js';
import { DimensionReading } from './dimension-reading.js';
import { levelName } from './value-label.js';

interface Adjusting {
  /** '' keeps the engine's rating. */
  readonly rating: string;
  readonly rationale: string;
}

export interface DeterminationFormProps {
  readonly personId: string;
  readonly assessment: AssessmentWithDetermination;
  readonly onRecorded: (d: DeterminationView) => void;
}

/**
 * The clinician's part: each dimension's rating beside the engine's, adjustable with a written
 * rationale, then the level chosen, with a variance reason (and note) when it is not the indicated one.
 */
export function DeterminationForm({ personId, assessment, onRecorded }: DeterminationFormProps): ReactNode {
  const w = words.assessment;
  const r = assessment.recommendation;
  const last = assessment.latestDetermination ?? null;
  const [adjusting, setAdjusting] = useState<Readonly<Record<number, Adjusting>>>(() =>
    Object.fromEntries((last?.adjustments ?? []).map((a) => [a.dimension, { rating: String(a.adjustedRating), rationale: a.rationale }])),
  );
  const [chosenLevel, setChosenLevel] = useState<LevelCode>(last?.chosenLevel ?? r.level);
  const [setting, setSetting] = useState<WithdrawalManagement>(last?.withdrawalManagement ?? r.withdrawalManagement);
  const [varianceReason, setVarianceReason] = useState<string>(last?.varianceReason ?? '');
  const [note, setNote] = useState(last?.note ?? '');

  // The adjustments in the order they are sent: the server names them by this index.
  const adjusted = r.dimensions.filter((d) => (adjusting[d.dimension]?.rating ?? '') !== '').map((d) => d.dimension);
  const adjustedCount = adjusted.length;
  // The field names depend only on how many adjustments there are (they are named by index).
  const names = useMemo(
    () => [
      'chosenLevel',
      'withdrawalManagement',
      'varianceReason',
      'note',
      'adjustments',
      ...Array.from({ length: adjustedCount }, (_, i) => [
        `adjustments.${i}.adjustedRating`,
        `adjustments.${i}.rationale`,
        `adjustments.${i}.engineRating`,
      ]).flat(),
    ],
    [adjustedCount],
  );
  const form = useFormErrors('determination', 'body', names);
  const record = useMutation({
    mutationFn: () => {
      const adjustments: RatingAdjustment[] = adjusted.map((dimension) => ({
        dimension,
        engineRating: r.dimensions.find((d) => d.dimension === dimension)?.rating ?? 0,
        adjustedRating: Number(adjusting[dimension]?.rating),
        rationale: adjusting[dimension]?.rationale ?? '',
      }));
      const differs = chosenLevel !== r.level || setting !== r.withdrawalManagement;
      return recordDetermination(personId, assessment.id, {
        chosenLevel,
        withdrawalManagement: setting,
        ...(differs && varianceReason ? { varianceReason: varianceReason as VarianceReason } : {}),
        ...(note.trim() ? { note } : {}),
        ...(adjustments.length > 0 ? { adjustments } : {}),
      });
    },
    onSuccess: (d) => {
      form.clear();
      onRecorded(d);
    },
    onError: form.fail,
  });
  const touch =
    <T,>(set: (v: T) => void) =>
    (v: T): void => {
      if (form.problem) form.clear();
      set(v);
    };
  const setAdjust = (dimension: number, patch: Partial<Adjusting>): void => {
    touch(setAdjusting)({ ...adjusting, [dimension]: { rating: '', rationale: '', ...adjusting[dimension], ...patch } });
  };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    record.mutate();
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="determination-form">
      <ErrorSummary items={form.summary} />
      <h2 id="dimensions-heading">{w.dimensions}</h2>
      <ul className="plain-list dimension-list" aria-labelledby="dimensions-heading">
        {r.dimensions.map((d) => {
          const index = adjusted.indexOf(d.dimension);
          const a = adjusting[d.dimension];
          const field = (name: string): string => (index >= 0 ? `adjustments.${index}.${name}` : `dimension-${d.dimension}-${name}`);
          return (
            <li key={d.dimension} className="card dimension-card">
              <h3>{engineWords.dimensions[String(d.dimension) as '1']}</h3>
              <div className="section-grid">
                <DimensionReading d={d} binding={r.binding.includes(d.dimension)} />
                <div>
                  <SelectField
                    id={form.id(field('adjustedRating'))}
                    label={w.clinicianRating}
                    value={a?.rating ?? ''}
                    placeholder={w.keepEngineRating(d.rating)}
                    onChange={(v) => {
                      setAdjust(d.dimension, { rating: v });
                    }}
                    options={[0, 1, 2, 3, 4].filter((x) => x !== d.rating).map((x) => ({ value: String(x), label: w.adjustTo(x) }))}
                    error={index >= 0 ? (form.error(field('adjustedRating')) ?? form.error(field('engineRating'))) : undefined}
                  />
                  {index >= 0 ? (
                    <TextAreaField
                      id={form.id(field('rationale'))}
                      label={w.rationale}
                      hint={w.rationaleHint}
                      value={a?.rationale ?? ''}
                      onChange={(v) => {
                        setAdjust(d.dimension, { rationale: v });
                      }}
                      error={form.error(field('rationale'))}
                    />
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <h2>{w.determination}</h2>
      <dl className="facts">
        <dt>{w.indicated}</dt>
        <dd>{levelName(r.level)}</dd>
      </dl>
      <div className="form narrow">
        <SelectField
          id={form.id('chosenLevel')}
          label={w.chosenLevel}
          value={chosenLevel}
          placeholder={false}
          onChange={touch((v: string) => {
            if (isLevelCode(v)) setChosenLevel(v);
          })}
          options={LEVEL_CODES.map((l) => ({ value: l, label: levelName(l) }))}
          error={form.error('chosenLevel')}
        />
        <SelectField
          id={form.id('withdrawalManagement')}
          label={w.withdrawalSetting}
          hint={w.withdrawalSettingHint(engineWords.withdrawalManagement[r.withdrawalManagement])}
          value={setting}
          placeholder={false}
          onChange={touch((v: string) => {
            const found = WITHDRAWAL_MANAGEMENT.find((x) => x === v);
            if (found) setSetting(found);
          })}
          options={WITHDRAWAL_MANAGEMENT.map((x) => ({ value: x, label: engineWords.withdrawalManagement[x] }))}
          error={form.error('withdrawalManagement')}
        />
        <SelectField
          id={form.id('varianceReason')}
          label={w.varianceReason}
          hint={w.varianceHint}
          value={varianceReason}
          onChange={touch(setVarianceReason)}
          options={VARIANCE_REASONS.map((v) => ({ value: v, label: w.varianceReasons[v] ?? v }))}
          error={form.error('varianceReason')}
          disabled={chosenLevel === r.level && setting === r.withdrawalManagement}
        />
        <TextAreaField
          id={form.id('note')}
          label={w.note}
          hint={w.noteHint}
          optional
          value={note}
          onChange={touch(setNote)}
          error={form.error('note')}
        />
      </div>
      <div className="button-row">
        <button type="submit" id="determination-record" className="button" disabled={record.isPending}>
          {record.isPending ? words.forms.saving : w.record}
        </button>
      </div>
    </form>
  );
}

/** What was decided, read-only: the chosen level, the variance, and each adjustment beside the engine's rating. */
export function RecordedDetermination({
  d,
  recommendation,
}: {
  readonly d: DeterminationView;
  readonly recommendation: Recommendation;
}): ReactNode {
  const w = words.assessment;
  return (
    <div className="card" data-testid="determination">
      <h2>{w.determination}</h2>
      <dl className="facts">
        <dt>{w.indicated}</dt>
        <dd>{levelName(d.indicatedLevel)}</dd>
        <dt>{w.chosenLevel}</dt>
        <dd data-level={d.chosenLevel}>{levelName(d.chosenLevel)}</dd>
        {d.withdrawalManagement ? (
          <>
            <dt>{w.withdrawalSetting}</dt>
            <dd data-setting={d.withdrawalManagement}>
              {engineWords.withdrawalManagement[d.withdrawalManagement]}
              {d.indicatedWithdrawalManagement && d.indicatedWithdrawalManagement !== d.withdrawalManagement
                ? ` (${w.indicatedSetting(engineWords.withdrawalManagement[d.indicatedWithdrawalManagement])})`
                : ''}
            </dd>
          </>
        ) : null}
        {d.varianceReason ? (
          <>
            <dt>{w.varianceReason}</dt>
            <dd>{w.varianceReasons[d.varianceReason] ?? d.varianceReason}</dd>
          </>
        ) : null}
        {d.note ? (
          <>
            <dt>{w.note}</dt>
            <dd>{d.note}</dd>
          </>
        ) : null}
      </dl>
      {(d.adjustments ?? []).length > 0 ? (
        <ul>
          {(d.adjustments ?? []).map((a) => (
            <li key={a.dimension}>
              <strong>{engineWords.dimensions[String(a.dimension) as '1']}</strong>: {w.adjustedFrom(a.engineRating, a.adjustedRating)}.{' '}
              {a.rationale}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{w.rulesVersion(recommendation.rulesVersion)}</p>
    </div>
  );
}
