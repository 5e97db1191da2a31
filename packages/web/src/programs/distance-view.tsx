import type { ReactElement } from 'react';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { ProgramResult } from './program-search.js';

/**
 * A map-free view of how far each program is: one bar per program on a common scale. Works offline,
 * needs no map tiles, and reads as text for screen readers (the bars are decoration).
 */
export function DistanceView({
  results,
  radiusMiles,
  t,
}: {
  results: readonly ProgramResult[];
  radiusMiles: number;
  t: UiWords;
}): ReactElement {
  const far = Math.max(radiusMiles, ...results.map((r) => r.distanceMiles), 1);
  return (
    <section aria-labelledby="distance-title" className="distance-view">
      <h2 id="distance-title">{t.programs.distanceTitle}</h2>
      <ol>
        {results.map((r) => (
          <li key={r.id}>
            <span className="distance-name">{r.name}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${Math.max(2, (r.distanceMiles / far) * 100)}%` }} />
            </span>
            <span className="distance-miles">{fill(t.programs.milesAway, { n: r.distanceMiles.toFixed(1) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
