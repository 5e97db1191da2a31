import type { Recommendation } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { levelName } from './value-label.js';

type DimensionResult = Recommendation['dimensions'][number];

/** One dimension as the engine rated it: rating, the least intensive level it allows alone, and why. */
export function DimensionReading({ d, binding }: { readonly d: DimensionResult; readonly binding: boolean }): ReactNode {
  const w = words.assessment;
  return (
    <div className="dimension-reading">
      <p className="dimension-rating">
        <strong>{w.rating(d.rating)}</strong>
        {binding ? <span className="tag">{w.binding}</span> : null}
      </p>
      <p className="muted">{w.minimumLevel(levelName(d.minimumLevel))}</p>
      <ul className="reasons">
        {d.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

/** The engine's panel beside a section's answers. */
export function DimensionPanel({
  recommendation,
  dimension,
  stale,
}: {
  readonly recommendation: Recommendation | null;
  readonly dimension: number;
  readonly stale: boolean;
}): ReactNode {
  const d = recommendation?.dimensions.find((x) => x.dimension === dimension);
  if (!recommendation || !d) return null;
  return (
    <aside className="engine-panel" aria-label={`${words.assessment.engine}: ${d.name ?? dimension}`}>
      <h3>{words.assessment.engine}</h3>
      {stale ? <p className="muted">{words.assessment.engineStale}</p> : null}
      <DimensionReading d={d} binding={recommendation.binding.includes(d.dimension)} />
    </aside>
  );
}
