import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { engineWords, words } from '../i18n/words.js';
import { shortDateTime } from '../people/person-name.js';
import { LoadError, Loading } from '../shell/status.js';
import { assessmentKeys, listAssessments } from './assessment-api.js';
import { replacedBy } from './assessment-chain.js';

/** A person's assessments, newest first, each opening its own page. */
export function AssessmentList({ personId }: { readonly personId: string }): ReactNode {
  const w = words.people;
  const list = useQuery({ queryKey: assessmentKeys.list(personId), queryFn: () => listAssessments(personId) });
  return (
    <section aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{w.assessments}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data?.length === 0 ? <p>{w.noAssessments}</p> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="plain-list">
          {list.data.map((a) => (
            <li key={a.id} className="card">
              <Link to={`/people/${personId}/assessments/${a.id}`}>{shortDateTime(a.createdAt)}</Link>{' '}
              <span className="muted">
                ({w.revision(a.revision)}, {a.signedAt ? w.signed : w.draft})
              </span>
              <br />
              {w.indicated}: {engineWords.levels[a.indicatedLevel]}
              {replacedBy(list.data, a.id) ? (
                <span className="muted"> {words.assessment.replacedBy(replacedBy(list.data, a.id)?.revision ?? 0)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
