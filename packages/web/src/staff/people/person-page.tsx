import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { ROLE_GROUPS } from '@carelevel/contract';
import { assessmentKeys, listAssessments } from '../assessment/assessment-api.js';
import { latestStanding } from '../assessment/assessment-chain.js';
import { AssessmentList } from '../assessment/assessment-list.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { useSession } from '../shell/session.js';
import { LoadError, Loading, problemText } from '../shell/status.js';
import { PersonCareLinks } from '../referrals/person-care-links.js';
import { PersonTimeline } from '../timeline/person-timeline.js';
import { personName, shortDate } from './person-name.js';
import { usePerson } from './use-person.js';

/** A person's record: who, their assessments, and the timeline of levels of care. */
export default function PersonPage(): ReactNode {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const { can } = useSession();
  // The newest assessment is where a reassessment starts (its answers are pulled forward).
  const latest = useQuery({
    queryKey: assessmentKeys.list(personId),
    queryFn: () => listAssessments(personId),
    enabled: person.isSuccess && can(ROLE_GROUPS.assessors),
  });
  const w = words.people;
  const latestFrom = latest.data ? latestStanding(latest.data) : undefined;
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isApiProblem(person.error) && person.error.code === 'no-consent')
      return (
        <Page title={w.noConsentTitle}>
          <p className="notice notice--error">{problemText(person.error)}</p>
        </Page>
      );
    return <LoadError error={person.error} retry={() => void person.refetch()} />;
  }
  const p = person.data.body;
  return (
    <Page
      title={personName(p)}
      lead={p.birthDate ? w.born(shortDate(p.birthDate)) : undefined}
      actions={
        can(ROLE_GROUPS.careTeam) ? (
          <>
            <Link className="button button--secondary" to={`/people/${p.id}/edit`}>
              {w.editDetails}
            </Link>
            {can(ROLE_GROUPS.assessors) ? (
              <Link className="button" to={`/people/${p.id}/assessments/new`}>
                {w.startAssessment}
              </Link>
            ) : null}
            {latestFrom && can(ROLE_GROUPS.assessors) ? (
              <Link className="button button--secondary" to={`/people/${p.id}/reassess/${latestFrom.id}`}>
                {w.reassess}
              </Link>
            ) : null}
          </>
        ) : undefined
      }
    >
      <PersonTimeline personId={p.id} />
      <AssessmentList personId={p.id} />
      <PersonCareLinks personId={p.id} />
    </Page>
  );
}
