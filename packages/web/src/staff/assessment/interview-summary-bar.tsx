import type { Recommendation } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { engineWords, words } from '../i18n/words.js';
import { levelName } from './value-label.js';

/**
 * The engine's reading so far, kept in view at the top of a long interview: the indicated level and
 * withdrawal-management setting change as answers do, and the count of answers still marked (from the
 * person's self-assessment or carried forward) says what is left to confirm. The level line is a polite
 * live region, so a screen-reader user hears when an answer moves it.
 */
export function InterviewSummaryBar({
  recommendation,
  stale,
  marksLeft,
  onConfirmAll,
}: {
  readonly recommendation: Recommendation | null;
  readonly stale: boolean;
  readonly marksLeft: number;
  readonly onConfirmAll: () => void;
}): ReactNode {
  const w = words.assessment;
  return (
    <section className="interview-summary" aria-label={w.summaryBar}>
      <p aria-live="polite" aria-atomic="true" data-testid="summary-bar-reading">
        {recommendation ? (
          <>
            <span>
              {w.indicated}: <strong data-level={recommendation.level}>{levelName(recommendation.level)}</strong>
            </span>{' '}
            <span>
              {w.withdrawalSetting}: <strong>{engineWords.withdrawalManagement[recommendation.withdrawalManagement]}</strong>
            </span>
            {recommendation.crisis ? <strong className="summary-crisis"> {w.crisis}</strong> : null}
            {stale ? <span className="muted"> {w.summaryStale}</span> : null}
          </>
        ) : (
          <span className="muted">{w.summaryNothingYet}</span>
        )}
      </p>
      {marksLeft > 0 ? (
        <p className="summary-marks">
          <span>{w.marksLeft(marksLeft)}</span>{' '}
          <button type="button" className="button button--secondary button--small" onClick={onConfirmAll}>
            {w.confirmAll}
          </button>
        </p>
      ) : null}
    </section>
  );
}
