import type { Message } from '@carelevel/engine';
import { renderDirectoryMessage, type DirectoryLocale } from '@carelevel/directory/words';
import type { ReactElement } from 'react';
import { TextList } from '../components/text-list.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import { FILTER_GROUPS, type FilterGroup } from './program-search.js';

interface Props {
  readonly t: UiWords;
  readonly words: DirectoryLocale;
  readonly suggestions: readonly Message[];
  readonly radius: number;
  /** The largest distance the form offers; a wider one is said, not offered. */
  readonly maxRadius: number;
  readonly dropFilter: (group: FilterGroup) => void;
  readonly widen: (miles: number) => void;
}

const isGroup = (v: unknown): v is FilterGroup => typeof v === 'string' && (FILTER_GROUPS as readonly string[]).includes(v);

/**
 * No program matched: each way out is a button that does what it says. Dropping a must-have comes
 * first (the person chose it and may not need it), then a wider distance up to the largest the form
 * allows; a nearest program farther than that is said as a fact, with video visits as the way to reach it.
 */
export function EmptyResult({ t, words, suggestions, radius, maxRadius, dropFilter, widen }: Props): ReactElement {
  const p = t.programs;
  const drops = suggestions.flatMap((s) => (s.code === 'drop-filter' && isGroup(s.facts?.['filter']) ? [s.facts['filter']] : []));
  const miles = suggestions.flatMap((s) => {
    const m = s.code === 'widen-radius' ? s.facts?.['radiusMiles'] : undefined;
    return typeof m === 'number' && m > radius ? [m] : [];
  })[0];
  // The helpline has its own link below.
  const rest = suggestions
    .filter((s) => !['drop-filter', 'widen-radius', 'call-helpline'].includes(s.code))
    .map((s) => renderDirectoryMessage(s, words));
  return (
    <section className="empty">
      <p>{p.tryThis}</p>
      <div className="actions">
        {drops.map((g) => (
          <button
            key={g}
            type="button"
            data-drop={g}
            onClick={() => {
              dropFilter(g);
            }}
          >
            {fill(p.dropFilter, { filter: p[g === 'scheduleTracks' ? 'tracks' : g] })}
          </button>
        ))}
        {miles !== undefined && miles <= maxRadius ? (
          <button
            type="button"
            onClick={() => {
              widen(miles);
            }}
          >
            {fill(p.widen, { n: miles })}
          </button>
        ) : null}
      </div>
      {miles !== undefined && miles > maxRadius ? <p>{fill(p.nearestFar, { n: miles })}</p> : null}
      <TextList items={rest} />
      <p>
        <a href="tel:18006624357">{p.helpline}</a>
      </p>
    </section>
  );
}
