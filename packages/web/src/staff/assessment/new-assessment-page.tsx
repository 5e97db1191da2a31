import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { personName, shortDateTime } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { timelineKey } from '../timeline/timeline-api.js';
import { assessmentKeys, readAssessment, saveAssessment } from './assessment-api.js';
import { buildCase, datedToday, draftFromCase, EMPTY_DRAFT, type Draft } from './draft.js';
import { InterviewForm, interviewFieldNames, liveErrors, SectionContents } from './interview-form.js';
import { RecommendationSummary } from './recommendation-summary.js';
import { fillFromCode } from './self-assessment-code.js';
import { useLiveEngine } from './use-live-engine.js';

/**
 * A new assessment; a reassessment that starts from a previous one's answers (`/reassess/:fromAssessmentId`);
 * or, before signing, a change to an assessment, saved as a revision that replaces it (`/:reviseAssessmentId/revise`).
 */
export default function NewAssessmentPage(): ReactNode {
  const { personId = '', fromAssessmentId, reviseAssessmentId } = useParams();
  const sourceId = reviseAssessmentId ?? fromAssessmentId;
  const source = useQuery({
    queryKey: assessmentKeys.one(personId, sourceId ?? ''),
    queryFn: () => readAssessment(personId, sourceId ?? ''),
    enabled: Boolean(sourceId),
  });
  if (sourceId && source.isPending) return <Loading />;
  if (source.isError) return <LoadError error={source.error} retry={() => void source.refetch()} />;
  return (
    <AssessmentEditor
      key={sourceId ?? 'new'}
      personId={personId}
      initial={
        reviseAssessmentId && source.data
          ? draftFromCase(source.data.case)
          : datedToday(source.data ? draftFromCase(source.data.case) : EMPTY_DRAFT)
      }
      pulledFrom={source.data?.createdAt}
      supersedes={reviseAssessmentId}
    />
  );
}

function AssessmentEditor({
  personId,
  initial,
  pulledFrom,
  supersedes,
}: {
  readonly personId: string;
  readonly initial: Draft;
  readonly pulledFrom: string | undefined;
  /** The assessment this one replaces (a change before signing). */
  readonly supersedes: string | undefined;
}): ReactNode {
  const w = words.assessment;
  const navigate = useNavigate();
  const client = useQueryClient();
  const person = usePerson(personId);
  const [draft, setDraft] = useState<Draft>(initial);
  const [marks, setMarks] = useState<ReadonlySet<string>>(new Set());
  const confirm = useCallback((mark: string) => {
    setMarks((m) => {
      if (!m.has(mark)) return m;
      const next = new Set(m);
      next.delete(mark);
      return next;
    });
  }, []);
  const live = useLiveEngine(draft);
  const names = useMemo(() => interviewFieldNames(draft), [draft]);
  const form = useFormErrors('assess', 'body.case', names);
  const liveFieldErrors = useMemo(() => liveErrors(live.issues), [live.issues]);
  const save = useMutation({
    mutationFn: () => saveAssessment(personId, buildCase(draft, { partialInstruments: 'send' }), supersedes),
    onSuccess: async (saved) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: assessmentKeys.list(personId) }),
        client.invalidateQueries({ queryKey: timelineKey(personId) }),
      ]);
      client.setQueryData(assessmentKeys.one(personId, saved.id), { ...saved, latestDetermination: null });
      await navigate(`/people/${personId}/assessments/${saved.id}`);
    },
    onError: form.fail,
  });
  const change = (next: Draft): void => {
    if (form.problem) form.clear();
    setDraft(next);
  };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    save.mutate();
  };
  const title = supersedes ? w.reviseTitle : pulledFrom ? w.reassessTitle : w.newTitle;
  return (
    <Page title={title} lead={person.data ? personName(person.data.body) : undefined}>
      {pulledFrom ? (
        <p className="notice">{supersedes ? w.reviseNote(shortDateTime(pulledFrom)) : w.pulledForward(shortDateTime(pulledFrom))}</p>
      ) : null}
      {live.recommendation?.crisis ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{w.crisis}:</strong> {live.recommendation.crisis.message}
          </p>
        </div>
      ) : null}
      {supersedes ? null : (
        <AnswerCodeEntry
          draft={draft}
          marks={marks}
          onFill={(next, filled) => {
            if (form.problem) form.clear();
            setDraft(next);
            setMarks(new Set(filled));
          }}
          onConfirmAll={() => {
            setMarks(new Set());
          }}
        />
      )}
      <SectionContents />
      <form ref={form.formRef} noValidate onSubmit={submit} className="assessment-form">
        <ErrorSummary items={form.summary} />
        <InterviewForm
          draft={draft}
          onChange={change}
          idFor={form.id}
          errorFor={(path) => form.error(path) ?? liveFieldErrors[path]}
          recommendation={live.recommendation}
          stale={live.stale}
          marks={marks}
          onConfirm={confirm}
        />
        <section aria-labelledby="engine-reading-heading">
          <h2 id="engine-reading-heading">{w.engineReading}</h2>
          {live.stale ? <p className="muted">{w.engineStale}</p> : null}
          {live.recommendation ? <RecommendationSummary r={live.recommendation} /> : null}
        </section>
        <p className="field-hint">{w.saveHint}</p>
        <div className="button-row">
          <button type="submit" id="assess-save" className="button" disabled={save.isPending}>
            {save.isPending ? words.forms.saving : w.save}
          </button>
        </div>
      </form>
    </Page>
  );
}

const CODE_FIELDS = ['code'] as const;

/**
 * The person's answer code, typed, pasted or scanned (a scanner that types), filling the interview on
 * this device. Every filled answer stays marked until the clinician confirms or changes it.
 */
function AnswerCodeEntry({
  draft,
  marks,
  onFill,
  onConfirmAll,
}: {
  readonly draft: Draft;
  readonly marks: ReadonlySet<string>;
  readonly onFill: (draft: Draft, marks: readonly string[]) => void;
  readonly onConfirmAll: () => void;
}): ReactNode {
  const w = words.assessment;
  const [code, setCode] = useState('');
  const [filled, setFilled] = useState<number | null>(null);
  const form = useFormErrors('answer-code', 'body', CODE_FIELDS);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const read = fillFromCode(code, draft);
    if (!read.ok) {
      setFilled(null);
      form.failWith({ code: w.codeProblems[read.problem] ?? read.problem });
      return;
    }
    form.clear();
    setFilled(read.marks.length);
    onFill(read.draft, read.marks);
  };
  return (
    <section aria-labelledby="answer-code-heading" className="flow-section answer-code-entry">
      <h2 id="answer-code-heading">{w.codeHeading}</h2>
      <p>{w.codeIntro}</p>
      <form ref={form.formRef} noValidate className="form narrow" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <TextField
          id={form.id('code')}
          label={w.codeLabel}
          hint={w.codeHint}
          value={code}
          onChange={setCode}
          autoComplete="off"
          error={form.error('code')}
        />
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {w.codeFill}
          </button>
        </div>
      </form>
      <div role="status">
        {filled === null ? null : <p>{filled === 0 ? w.codeNothing : w.codeFilled(filled)}</p>}
        {filled !== null && marks.size > 0 ? <p>{w.marksLeft(marks.size)}</p> : null}
      </div>
      {marks.size > 0 ? (
        <button type="button" className="button button--secondary" onClick={onConfirmAll}>
          {w.confirmAll}
        </button>
      ) : null}
    </section>
  );
}
