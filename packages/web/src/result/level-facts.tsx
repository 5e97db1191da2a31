import { LEVELS, type LevelCode } from '@carelevel/engine';
import type { ReactElement } from 'react';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';

/** Hours, usual length and where one sleeps, from the engine's level table (never typed in twice). */
export function levelFacts(level: LevelCode, adolescent: boolean, t: UiWords): { hours: string; stay: string; sleeps: string } {
  const l = LEVELS[level];
  const h = adolescent ? l.hoursPerWeek.adolescent : l.hoursPerWeek.adult;
  const r = t.result;
  const hours =
    h.min !== undefined && h.below !== undefined
      ? fill(r.hoursRange, { min: h.min, below: h.below - 1 })
      : h.min !== undefined
        ? fill(r.hoursMin, { min: h.min })
        : h.below !== undefined
          ? fill(r.hoursBelow, { below: h.below })
          : r.hoursNone;
  const { minDays, maxDays } = l.typicalStay;
  const stay =
    maxDays < 21
      ? fill(r.stayDays, { min: minDays, max: maxDays })
      : fill(r.stayRange, { min: Math.max(1, Math.round(minDays / 7)), max: Math.round(maxDays / 7) });
  return { hours, stay, sleeps: r.sleepsAt[l.sleepsAt] };
}

export function LevelFacts({ level, adolescent, t }: { level: LevelCode; adolescent: boolean; t: UiWords }): ReactElement {
  const f = levelFacts(level, adolescent, t);
  return (
    <dl className="facts">
      <div>
        <dt>{t.result.hours}</dt>
        <dd>{f.hours}</dd>
      </div>
      <div>
        <dt>{t.result.stay}</dt>
        <dd>{f.stay}</dd>
      </div>
      <div>
        <dt>{t.result.sleeps}</dt>
        <dd>{f.sleeps}</dd>
      </div>
    </dl>
  );
}
