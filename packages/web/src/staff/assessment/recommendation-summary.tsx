import type { Recommendation } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { engineWords, words } from '../i18n/words.js';
import { JudgmentNote } from '../shell/judgment-note.js';
import { levelName } from './value-label.js';

/** The engine's whole reading: level, withdrawal management, any crisis first, then what it assumed and warns. */
export function RecommendationSummary({ r, headingLevel = 2 }: { readonly r: Recommendation; readonly headingLevel?: 2 | 3 }): ReactNode {
  const w = words.assessment;
  const H = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="recommendation">
      {r.crisis ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{w.crisis}:</strong> {r.crisis.message}
          </p>
        </div>
      ) : null}
      {r.urgent ? (
        <div className="notice notice--warning" data-urgent={r.urgent.kind}>
          <p>
            <strong>{w.urgent}:</strong> {r.urgent.message}
          </p>
        </div>
      ) : null}
      <dl className="facts">
        <dt>{w.indicated}</dt>
        <dd data-testid="indicated-level" data-level={r.level}>
          {levelName(r.level)}
        </dd>
        <dt>{w.withdrawalManagement}</dt>
        <dd>{engineWords.withdrawalManagement[r.withdrawalManagement]}</dd>
        {r.offerMedication.length > 0 ? (
          <>
            <dt>{w.offerMedication}</dt>
            <dd>{r.offerMedication.map((m) => engineWords.medication[m]).join('; ')}</dd>
          </>
        ) : null}
        <dt>{w.binding}</dt>
        <dd>{r.binding.map((d) => engineWords.dimensions[String(d) as '1']).join('; ')}</dd>
      </dl>
      <TextBlock
        heading={w.supports}
        items={(r.supports ?? []).map((x) => (x.reasons.length > 0 ? `${x.message} (${x.reasons.join(' ')})` : x.message))}
        H={H}
      />
      <TextBlock heading={w.warnings} items={r.warnings} H={H} />
      <TextBlock heading={w.whatWouldChange} items={r.whatWouldChange} H={H} />
      <TextBlock heading={w.assumptions} items={r.assumptions} H={H} />
      <p className="muted">{w.rulesVersion(r.rulesVersion)}</p>
      <JudgmentNote />
    </div>
  );
}

function TextBlock({
  heading,
  items,
  H,
}: {
  readonly heading: string;
  readonly items: readonly string[];
  readonly H: 'h3' | 'h4';
}): ReactNode {
  if (items.length === 0) return null;
  return (
    <>
      <H>{heading}</H>
      <ul>
        {items.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
    </>
  );
}
