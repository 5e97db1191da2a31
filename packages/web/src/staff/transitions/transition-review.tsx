import {
  LEVEL_CODES,
  levelIntensity,
  transition,
  TRANSITION_ACTIONS,
  type CareCase,
  type LevelCode,
  type TransitionAction,
  type VarianceReason,
} from '@carelevel/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import {
  ROLE_GROUPS,
  type AssessmentView,
  type AssessmentWithDetermination,
  type DeterminationView,
  type TimelineView,
} from '@carelevel/contract';
import { assessmentKeys, listAssessments, readAssessment } from '../assessment/assessment-api.js';
import { assessmentBefore } from '../assessment/assessment-chain.js';
import { levelName } from '../assessment/value-label.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { shortDate, shortDateTime } from '../people/person-name.js';
import { JudgmentNote } from '../shell/judgment-note.js';
import { useSession } from '../shell/session.js';
import { LoadError, Loading } from '../shell/status.js';
import { readTimeline, timelineKey } from '../timeline/timeline-api.js';
import { currentLevel } from './current-level.js';
import { TransitionAdvice } from './transition-advice.js';
import { recordTransition } from './transitions-api.js';

const FIELDS = ['currentLevel', 'action', 'toLevel', 'effectiveOn', 'note', 'programId'] as const;
const today = (): string => new Date().toLocaleDateString('en-CA');

/** The variance reason when the person is below the level indicated last time (as the server reads it). */
function varianceBelow(d: DeterminationView | null | undefined, level: LevelCode): VarianceReason | undefined {
  if (!d || d.varianceReason === null || levelIntensity(d.indicatedLevel) <= levelIntensity(level)) return undefined;
  return d.varianceReason;
}

/**
 * Continued-stay review at a reassessment (docs/rules.md, transitions): the engine's `transition()` runs here on the
 * previous and this assessment at the current level; recording it sends the decision, and the server
 * runs the review again, keeps its advice beside the decision and moves the timeline's episodes.
 */
export function TransitionReview({ personId, assessment }: { readonly personId: string; readonly assessment: AssessmentView }): ReactNode {
  const timeline = useQuery({ queryKey: timelineKey(personId), queryFn: () => readTimeline(personId) });
  const list = useQuery({ queryKey: assessmentKeys.list(personId), queryFn: () => listAssessments(personId) });
  const prevId = list.data ? assessmentBefore(list.data, assessment)?.id : undefined;
  const previous = useQuery({
    queryKey: assessmentKeys.one(personId, prevId ?? ''),
    queryFn: () => readAssessment(personId, prevId ?? ''),
    enabled: prevId !== undefined,
  });
  const w = words.transitions;
  if (timeline.isPending || list.isPending) return <Loading />;
  if (timeline.isError) return <LoadError error={timeline.error} />;
  if (list.isError) return <LoadError error={list.error} />;
  if (!prevId) return null;
  const recorded = (timeline.data.transitions ?? []).find((t) => t.assessmentId === assessment.id);
  return (
    <section aria-labelledby="transition-heading" className="card">
      <h2 id="transition-heading">{w.title}</h2>
      {previous.isPending ? <Loading /> : null}
      {previous.isError ? <LoadError error={previous.error} /> : null}
      {previous.data ? <p className="muted">{w.previous(shortDateTime(previous.data.createdAt))}</p> : null}
      {recorded ? <RecordedTransition t={recorded} /> : null}
      {!recorded && previous.data ? (
        <ReviewForm
          personId={personId}
          previous={previous.data}
          assessment={assessment}
          initialLevel={currentLevel(timeline.data, assessment.createdAt) ?? previous.data.indicatedLevel}
        />
      ) : null}
    </section>
  );
}

function RecordedTransition({ t }: { readonly t: TimelineView['transitions'][number] }): ReactNode {
  const w = words.transitions;
  const action = engineWords.transitionAction[t.action];
  return (
    <div data-testid="recorded-transition" data-action={t.action} data-to={t.toLevel}>
      <p className="notice">
        {w.recorded(action, shortDate(t.effectiveOn))} {w.fromTo(levelName(t.currentLevel), levelName(t.toLevel))}
      </p>
      <p>{t.followedEngine ? w.followed : w.differed(engineWords.transitionAction[t.engineAction], levelName(t.engineToLevel))}</p>
      {t.note ? <p>{t.note}</p> : null}
    </div>
  );
}

interface ReviewFormProps {
  readonly personId: string;
  readonly previous: AssessmentWithDetermination;
  readonly assessment: AssessmentView;
  readonly initialLevel: LevelCode;
}

function ReviewForm({ personId, previous, assessment, initialLevel }: ReviewFormProps): ReactNode {
  const w = words.transitions;
  const client = useQueryClient();
  const { can } = useSession();
  const [level, setLevel] = useState<LevelCode>(initialLevel);
  // Pure and fast: the same function the server runs when the decision is recorded, with the
  // variance recorded at the last assessment, so a level chosen below the indication is compared
  // like with like.
  const chosenBecause = varianceBelow(previous.latestDetermination, level);
  const advice = useMemo(
    () =>
      transition({
        currentLevel: level,
        previous: previous.case as CareCase,
        current: assessment.case as CareCase,
        ...(chosenBecause ? { chosenBecause } : {}),
      }),
    [level, previous.case, assessment.case, chosenBecause],
  );
  const [action, setAction] = useState<string>('');
  const [toLevel, setToLevel] = useState<string>('');
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useFormErrors('transition', 'body', FIELDS);
  const chosenAction = (action || advice.action) as TransitionAction;
  const chosenTo = (toLevel || advice.to) as LevelCode;
  const record = useMutation({
    mutationFn: () =>
      recordTransition(personId, {
        previousAssessmentId: previous.id,
        assessmentId: assessment.id,
        currentLevel: level,
        action: chosenAction,
        toLevel: chosenTo,
        effectiveOn,
        ...(note.trim() ? { note } : {}),
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: timelineKey(personId) });
    },
    onError: form.fail,
  });
  const touch =
    (set: (v: string) => void) =>
    (v: string): void => {
      if (form.problem) form.clear();
      set(v);
    };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    record.mutate();
  };
  const levels = LEVEL_CODES.map((l) => ({ value: l, label: levelName(l) }));
  return (
    <>
      <p>{w.intro}</p>
      <div className="form narrow">
        <SelectField
          id="transition-review-level"
          label={w.currentLevel}
          hint={w.currentLevelHint}
          value={level}
          placeholder={false}
          onChange={(v) => {
            setLevel(v as LevelCode);
          }}
          options={levels}
        />
      </div>
      <TransitionAdvice t={advice} />
      <JudgmentNote />
      {can(ROLE_GROUPS.assessors) ? (
        <form ref={form.formRef} noValidate onSubmit={submit} className="form narrow">
          <ErrorSummary items={form.summary} />
          <SelectField
            id={form.id('action')}
            label={w.action}
            value={chosenAction}
            placeholder={false}
            onChange={touch(setAction)}
            options={TRANSITION_ACTIONS.map((a) => ({ value: a, label: engineWords.transitionAction[a] }))}
            error={form.error('action')}
          />
          <SelectField
            id={form.id('toLevel')}
            label={w.toLevel}
            value={chosenTo}
            placeholder={false}
            onChange={touch(setToLevel)}
            options={levels}
            error={form.error('toLevel')}
          />
          <TextField
            id={form.id('effectiveOn')}
            label={w.effectiveOn}
            hint={w.effectiveHint}
            value={effectiveOn}
            onChange={touch(setEffectiveOn)}
            error={form.error('effectiveOn')}
            autoComplete="off"
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
          {form.error('currentLevel') ? <p className="field-error">{form.error('currentLevel')}</p> : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={record.isPending}>
              {record.isPending ? words.forms.saving : w.record}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
