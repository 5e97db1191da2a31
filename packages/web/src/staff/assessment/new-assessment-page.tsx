import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { personName, shortDate, shortDateTime } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { timelineKey } from '../timeline/timeline-api.js';
import { localToday } from '../../local-date.js';
import { typedDateToSend } from '../forms/date-field.js';
import { ageOn } from './age-on.js';
import { answeredMarks, marked, withoutMark, type AnswerMarks } from './answer-marks.js';
import { assessmentKeys, readAssessment, saveAssessment } from './assessment-api.js';
import { buildCase, datedToday, draftFromCase, EMPTY_DRAFT, type Draft } from './draft.js';
import { InterviewForm, interviewFieldNames, liveErrors, SectionContents } from './interview-form.js';
import { RecommendationSummary } from './recommendation-summary.js';
import { CameraScan } from './camera-scan.js';
import { HealthRecordOffer } from './health-record-offer.js';
import { InterviewSummaryBar } from './interview-summary-bar.js';
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
  const carriedForward = Boolean(pulledFrom) && !supersedes;
  const [draft, setDraft] = useState<Draft>(initial);
  const [marks, setMarks] = useState<AnswerMarks>(() => (carriedForward ? marked(answeredMarks(initial), 'last-assessment') : new Map()));
  const confirm = useCallback((mark: string) => {
    setMarks((m) => withoutMark(m, mark));
  }, []);
  const birthDate = person.data?.body.birthDate ?? null;
  // Age follows the birth date on record (a carried-forward age is a year old at a yearly review)
  // until the clinician types one; a revision keeps the age the assessment was made with.
  const [ageFromBirth, setAgeFromBirth] = useState(false);
  useEffect(() => {
    if (!birthDate || supersedes) return;
    if (draft.values[AGE_PATH] && !carriedForward) return;
    const aged = withAgeFrom(birthDate, draft);
    if (aged.values[AGE_PATH] === undefined) return;
    setDraft(aged);
    setAgeFromBirth(true);
    setMarks((m) => withoutMark(m, AGE_PATH));
    // Once, when the record's birth date arrives: later changes to the age are the clinician's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [birthDate]);
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
    let changed = next;
    if (ageFromBirth && birthDate) {
      if (next.values[AGE_PATH] !== draft.values[AGE_PATH]) setAgeFromBirth(false);
      else if (next.values.assessedOn !== draft.values.assessedOn) changed = withAgeFrom(birthDate, next);
    }
    setDraft(changed);
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
        <HealthRecordOffer
          personId={personId}
          draft={draft}
          onFill={(next, filled) => {
            if (form.problem) form.clear();
            setDraft(next);
            setMarks((m) => new Map([...m, ...marked(filled, 'health-record')]));
          }}
        />
      )}
      {supersedes ? null : (
        <AnswerCodeEntry
          draft={draft}
          marksLeft={marks.size}
          onFill={(next, filled) => {
            if (form.problem) form.clear();
            setDraft(next);
            setMarks((m) => new Map([...m, ...marked(filled, 'self-assessment')]));
            if (filled.includes(AGE_PATH)) setAgeFromBirth(false);
          }}
        />
      )}
      <SectionContents />
      <form ref={form.formRef} noValidate onSubmit={submit} className="assessment-form">
        <InterviewSummaryBar
          recommendation={live.recommendation}
          stale={live.stale}
          marksLeft={marks.size}
          onConfirmAll={() => {
            setMarks(new Map());
          }}
        />
        <ErrorSummary items={form.summary} />
        <InterviewForm
          notes={ageFromBirth && birthDate ? { [AGE_PATH]: w.ageFromBirth(shortDate(birthDate)) } : undefined}
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
 * The person's answer code, typed, pasted, or scanned (with the camera, or a scanner that types),
 * filling the interview on this device. Every filled answer stays marked until the clinician confirms or changes it.
 */
function AnswerCodeEntry({
  draft,
  marksLeft,
  onFill,
}: {
  readonly draft: Draft;
  readonly marksLeft: number;
  readonly onFill: (draft: Draft, marks: readonly string[]) => void;
}): ReactNode {
  const w = words.assessment;
  const [code, setCode] = useState('');
  const [filled, setFilled] = useState<number | null>(null);
  const form = useFormErrors('answer-code', 'body', CODE_FIELDS);
  const fill = (text: string): void => {
    const read = fillFromCode(text, draft);
    if (!read.ok) {
      setFilled(null);
      form.failWith({ code: w.codeProblems[read.problem] ?? read.problem });
      return;
    }
    form.clear();
    setFilled(read.marks.length);
    onFill(read.draft, read.marks);
  };
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    fill(code);
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
      <CameraScan
        onCode={(read) => {
          setCode(read);
          fill(read);
        }}
      />
      <div role="status">
        {filled === null ? null : <p>{filled === 0 ? w.codeNothing : w.codeFilled(filled)}</p>}
        {filled !== null && marksLeft > 0 ? <p>{w.marksLeft(marksLeft)}</p> : null}
      </div>
    </section>
  );
}

const AGE_PATH = 'ageYears';

/** The draft with its age worked out from the birth date on the interview's day (unchanged if it cannot be). */
function withAgeFrom(birthDate: string, d: Draft): Draft {
  const day = d.values.assessedOn ? typedDateToSend(d.values.assessedOn) : localToday();
  const age = ageOn(birthDate, day);
  if (age === null || d.values[AGE_PATH] === String(age)) return d;
  return { ...d, values: { ...d.values, [AGE_PATH]: String(age) } };
}
