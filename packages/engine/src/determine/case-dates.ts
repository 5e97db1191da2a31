import type { CareCase } from '../case/case-schema.js';
import { dayNumber } from '../case/schema-builder.js';
import type { Message } from './message.js';

/**
 * Dates in a case are read against the day the case describes (`assessedOn`). The engine has no
 * clock, so without that day every date counts as recent — inside every risk window — and the
 * decision says so once.
 */
export interface CaseClock {
  /** Whole days from `date` to the case's day; 0 when either is unknown (read as recent). */
  daysSince(date: string | undefined): number;
}

/** A case with no dates at all needs no clock (most cases: a shared one, no allocation). */
const NO_DATES: CaseClock = { daysSince: () => Number.NaN };

const hasDates = (c: CareCase): boolean =>
  c.currentEpisode?.startedOn != null ||
  c.recentDischarge != null ||
  c.mentalHealth?.lastSuicideAttemptOn != null ||
  c.relapsePotential?.lastOverdose != null;

export function caseClock(c: CareCase, assumptions: Message[], warnings: Message[]): CaseClock {
  if (!hasDates(c)) return NO_DATES;
  const today = c.assessedOn == null ? Number.NaN : dayNumber(c.assessedOn);
  let saidRecent = false;
  let saidFuture = false;
  return {
    daysSince(date) {
      if (date == null) return Number.NaN;
      if (Number.isNaN(today)) {
        if (!saidRecent) assumptions.push({ code: 'dates-read-as-recent' });
        saidRecent = true;
        return 0;
      }
      const days = today - dayNumber(date);
      if (days < 0) {
        // A date after the assessment is a slip; reading it as today keeps every window open.
        if (!saidFuture) warnings.push({ code: 'date-after-assessment', facts: { date } });
        saidFuture = true;
        return 0;
      }
      return days;
    },
  };
}
