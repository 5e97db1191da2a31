import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ROLE_GROUPS } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { useSession } from '../shell/session.js';
import { EpisodeForm } from './episode-form.js';
import { shortDate, shortDateTime } from '../people/person-name.js';
import { LoadError, Loading } from '../shell/status.js';
import { readTimeline, timelineKey } from './timeline-api.js';
import { timelineEvents } from './timeline-events.js';
import { ScrollTable } from '../shell/scroll-table.js';

// The charting library is large; it loads only when a timeline is shown.
const TimelineChart = lazy(() => import('./timeline-chart.js'));

/** A person's levels of care over time: a chart, and the same events as a table (the accessible form). */
export function PersonTimeline({ personId }: { readonly personId: string }): ReactNode {
  const w = words.timeline;
  const timeline = useQuery({ queryKey: timelineKey(personId), queryFn: () => readTimeline(personId) });
  const events = timeline.data ? timelineEvents(timeline.data) : [];
  const { can } = useSession();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{words.people.timeline}</h2>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <LoadError error={timeline.error} retry={() => void timeline.refetch()} /> : null}
      {timeline.data && events.length === 0 ? <p>{w.empty}</p> : null}
      {timeline.data && events.length > 0 ? (
        <>
          <figure className="timeline-figure">
            <figcaption>
              {w.chartTitle}. <span className="muted">{w.chartSummary}</span>
            </figcaption>
            <Suspense fallback={<Loading />}>
              <TimelineChart timeline={timeline.data} />
            </Suspense>
          </figure>
          <ScrollTable label={w.events}>
            <table className="timeline-table">
              <caption>{w.events}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.date}</th>
                  <th scope="col">{w.event}</th>
                  <th scope="col">{w.details}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e, i) => (
                  <tr key={i} data-kind={e.kind}>
                    <td>{e.dateOnly ? shortDate(new Date(e.t).toISOString()) : shortDateTime(new Date(e.t).toISOString())}</td>
                    <td>
                      {e.assessmentId && e.kind === 'assessment' ? (
                        <Link to={`/people/${personId}/assessments/${e.assessmentId}`}>{e.label}</Link>
                      ) : (
                        e.label
                      )}
                    </td>
                    <td>{e.details}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
      {timeline.data && can(ROLE_GROUPS.careTeam) ? <EpisodeForm personId={personId} /> : null}
    </section>
  );
}
