import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { LoadError, Loading } from '../shell/status.js';
import { readTimeline, timelineKey } from './timeline-api.js';

/** The levels of care over time. */
export function PersonTimeline({ personId }: { readonly personId: string }): ReactNode {
  const timeline = useQuery({ queryKey: timelineKey(personId), queryFn: () => readTimeline(personId) });
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{words.people.timeline}</h2>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <LoadError error={timeline.error} /> : null}
    </section>
  );
}
