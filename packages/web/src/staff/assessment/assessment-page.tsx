import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ROLE_GROUPS, type AssessmentWithDetermination, type DeterminationView } from '@carelevel/contract';
import { personName, shortDateTime } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { Page } from '../shell/page.js';
import { useSession } from '../shell/session.js';
import { LoadError, Loading, problemText } from '../shell/status.js';
import { timelineKey } from '../timeline/timeline-api.js';
import { TransitionReview } from '../transitions/transition-review.js';
import { AnswersView } from './answers-view.js';
import { assessmentKeys, listAssessments, readAssessment, signAssessment } from './assessment-api.js';
import { writeBackToRecord } from './health-record-api.js';
import { WriteBackStatus } from './write-back-status.js';
import { replacedBy } from './assessment-chain.js';
import { DeterminationForm, RecordedDetermination } from './determination-form.js';
import { DimensionReading } from './dimension-reading.js';
import { RecommendationSummary } from './recommendation-summary.js';
import { engineWords, words } from '../i18n/words.js';

/**
 * A saved assessment: the server's own run of the engine, the clinician's ratings and determination,
 * signing (after which nothing changes), and at a reassessment the continued-stay review.
 */
export default function AssessmentPage(): ReactNode {
  const { personId = '', assessmentId = '' } = useParams();
  const client = useQueryClient();
  const key = assessmentKeys.one(personId, assessmentId);
  const assessment = useQuery({ queryKey: key, queryFn: () => readAssessment(personId, assessmentId) });
  const person = usePerson(personId);
  const list = useQuery({ queryKey: assessmentKeys.list(personId), queryFn: () => listAssessments(personId) });
  const { can } = useSession();
  const w = words.assessment;
  const [confirming, setConfirming] = useState(false);
  // Signing first, then the write-back to the record the session was launched from (if any): its
  // failure is shown and never undoes the signature.
  const writeBack = useMutation({ mutationFn: () => writeBackToRecord(personId, assessmentId) });
  const sign = useMutation({
    mutationFn: () => signAssessment(personId, assessmentId),
    onSuccess: async (signed) => {
      writeBack.mutate();
      client.setQueryData<AssessmentWithDetermination>(key, (old) => ({
        ...signed,
        latestDetermination: old?.latestDetermination ?? null,
      }));
      await Promise.all([
        client.invalidateQueries({ queryKey: assessmentKeys.list(personId) }),
        client.invalidateQueries({ queryKey: timelineKey(personId) }),
      ]);
    },
  });
  if (assessment.isPending) return <Loading />;
  if (assessment.isError) return <LoadError error={assessment.error} retry={() => void assessment.refetch()} />;
  const a = assessment.data;
  const determination = a.latestDetermination ?? null;
  const replacement = list.data ? replacedBy(list.data, a.id) : undefined;
  const signed = a.signedAt !== null;
  // A replaced revision is history: its successor is the one to decide on and sign.
  const mayDecide = can(ROLE_GROUPS.assessors) && !replacement;
  const onRecorded = (d: DeterminationView): void => {
    client.setQueryData<AssessmentWithDetermination>(key, (old) => (old ? { ...old, latestDetermination: d } : old));
    void client.invalidateQueries({ queryKey: timelineKey(personId) });
  };
  return (
    <Page
      title={w.savedTitle}
      lead={
        <>
          {person.data ? <strong>{personName(person.data.body)}</strong> : null} {w.savedLead(shortDateTime(a.createdAt), a.revision)}
        </>
      }
      actions={
        <Link className="button button--secondary" to={`/people/${personId}`}>
          {w.backToPerson}
        </Link>
      }
    >
      {replacement ? (
        <p className="notice" data-testid="replaced">
          {w.replacedBy(replacement.revision)} <Link to={`/people/${personId}/assessments/${replacement.id}`}>{w.openRevision}</Link>
        </p>
      ) : null}
      {!signed && mayDecide ? (
        <p>
          <Link className="button button--secondary" to={`/people/${personId}/assessments/${a.id}/revise`}>
            {w.changeAnswers}
          </Link>
        </p>
      ) : null}
      <WriteBackStatus state={writeBack} />
      {signed ? (
        <p className="notice" data-testid="signed">
          {a.signedByName ? w.signedBy(a.signedByName, shortDateTime(a.signedAt)) : w.signedAt(shortDateTime(a.signedAt))}
        </p>
      ) : null}
      <section aria-labelledby="recommendation-heading">
        <h2 id="recommendation-heading">{w.engine}</h2>
        <RecommendationSummary r={a.recommendation} />
      </section>
      {/* At a reassessment the engine's continued-stay advice comes before the decision it informs. */}
      {replacement ? null : <TransitionReview personId={personId} assessment={a} />}
      {!signed && mayDecide ? (
        <DeterminationForm key={determination?.id ?? 'first'} personId={personId} assessment={a} onRecorded={onRecorded} />
      ) : null}
      {determination ? <RecordedDetermination d={determination} recommendation={a.recommendation} /> : null}
      {signed || !mayDecide ? (
        <section aria-labelledby="ratings-heading">
          <h2 id="ratings-heading">{w.ratingsHeading}</h2>
          {a.recommendation.dimensions.map((d) => (
            <div key={d.dimension} className="card">
              <h3>{engineWords.dimensions[String(d.dimension) as '1']}</h3>
              <DimensionReading d={d} binding={a.recommendation.binding.includes(d.dimension)} />
            </div>
          ))}
        </section>
      ) : null}
      {!signed && mayDecide ? (
        <section aria-labelledby="sign-heading">
          <h2 id="sign-heading">{w.sign}</h2>
          <p className="field-hint" id="sign-hint">
            {determination ? w.signHint : w.signNeedsDetermination}
          </p>
          {sign.isError ? (
            <p className="notice notice--error" role="alert">
              {problemText(sign.error)}
            </p>
          ) : null}
          {confirming ? (
            <div className="notice notice--warning" role="group" aria-labelledby="sign-confirm">
              <p id="sign-confirm">{w.signConfirm}</p>
              <div className="button-row">
                <button
                  type="button"
                  id="assessment-sign-confirm"
                  // The question replaces the button pressed: keyboard focus goes to its answer.
                  ref={(el) => {
                    el?.focus();
                  }}
                  className="button"
                  disabled={sign.isPending}
                  onClick={() => {
                    sign.mutate();
                  }}
                >
                  {w.signNow}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setConfirming(false);
                  }}
                >
                  {words.inbox.keep}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              id="assessment-sign"
              className="button"
              aria-describedby="sign-hint"
              disabled={!determination || sign.isPending}
              onClick={() => {
                setConfirming(true);
              }}
            >
              {w.sign}
            </button>
          )}
        </section>
      ) : null}
      {!can(ROLE_GROUPS.assessors) ? <p className="muted">{w.notAssessor}</p> : null}
      {signed && mayDecide ? (
        <p>
          <Link className="button" to={`/people/${personId}/reassess/${a.id}`}>
            {w.reassess}
          </Link>
        </p>
      ) : null}
      <AnswersView careCase={a.case} />
    </Page>
  );
}
