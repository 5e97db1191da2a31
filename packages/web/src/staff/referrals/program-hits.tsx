import { renderDirectoryMessage } from '@carelevel/directory/words';
import type { Message } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { hoursLines, type HoursWords } from '../../programs/hours-text.js';
import { directoryWords, engineWords, words } from '../i18n/words.js';
import { ReportProblemForm } from '../listings/report-problem-form.js';
import { shortDate } from '../people/person-name.js';
import type { ProgramHit, ProgramSearchAnswer } from '@carelevel/contract';

const staffHoursWords: HoursWords = {
  open24Hours: words.referrals.open24Hours,
  dayRange: words.referrals.hoursDayRange,
  times: words.referrals.hoursTimes,
  midnight: words.referrals.midnight,
  closedOtherDays: words.referrals.closedOtherDays,
  note: words.referrals.hoursNote,
};

const say = (m: Parameters<typeof renderDirectoryMessage>[0]): string => renderDirectoryMessage(m, directoryWords);

/** A titled list of the directory's reasons; nothing when there are none. */
function Reasons({ title, items }: { readonly title: string; readonly items: readonly Message[] }): ReactNode {
  if (items.length === 0) return null;
  return (
    <>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {items.map((m, i) => (
          <li key={i}>{say(m)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Search results as the directory ranked them: distance, when each is open, why each fits and what
 * does not, and when the listing was last checked. `pick` renders the control that chooses a program (a checkbox in the
 * referral flow, a button in the aftercare plan). An empty answer suggests what to try.
 */
export function ProgramHitList({
  hits,
  pick,
  chosen,
  headingLevel = 3,
  onWiden,
}: {
  readonly hits: ProgramSearchAnswer;
  /** Search again within a wider radius, when the directory says one would find programs. */
  readonly onWiden?: (miles: number) => void;
  readonly pick: (hit: ProgramHit) => ReactNode;
  readonly chosen?: (id: string) => boolean;
  readonly headingLevel?: 3 | 4;
}): ReactNode {
  const w = words.referrals;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <p role="status">{w.results(hits.results.length, hits.total)}</p>
      {hits.results.length === 0 ? (
        <>
          {onWiden ? <WidenButton hits={hits} onWiden={onWiden} /> : null}
          <p>{w.tryInstead}</p>
          <ul>
            {hits.suggestions.map((s, i) => (
              <li key={i}>{say(s)}</li>
            ))}
          </ul>
        </>
      ) : (
        <ul className="program-hits">
          {hits.results.map((h) => (
            <li key={h.id} className={`card program-hit${chosen?.(h.id) ? ' program-hit--chosen' : ''}`}>
              <Heading>{h.name}</Heading>
              <p>
                {[h.street1, h.city, `${h.state} ${h.zip}`].filter(Boolean).join(', ')} · {w.miles(h.distanceMiles)}
                {h.intakePhone || h.phone ? ` · ${h.intakePhone || h.phone}` : ''}
              </p>
              {h.hours ? (
                <p>
                  <strong>{w.hoursTitle}:</strong> {hoursLines(h.hours, staffHoursWords, engineWords.dateLocale).join('; ')}
                </p>
              ) : null}
              <p className="muted">
                {h.lastVerified
                  ? (h.verifiedBy === 'program' ? w.confirmedByProgram : w.fromSource)(shortDate(h.lastVerified))
                  : w.neverVerified}
                {h.stale ? ` (${w.staleListing})` : ''}
              </p>
              <Reasons title={w.fits} items={h.fits} />
              <Reasons title={w.misfits} items={h.misfits} />
              <Reasons title={w.notes} items={h.notes} />
              {pick(h)}
              <ReportProblemForm programId={h.id} programName={h.name} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The directory's nearest wider radius with a program that fits, as one press. */
function WidenButton({ hits, onWiden }: { readonly hits: ProgramSearchAnswer; readonly onWiden: (miles: number) => void }): ReactNode {
  const miles = hits.suggestions.find((s) => s.code === 'widen-radius')?.facts?.radiusMiles;
  if (typeof miles !== 'number') return null;
  return (
    <p>
      <button
        type="button"
        className="button"
        onClick={() => {
          onWiden(miles);
        }}
      >
        {words.referrals.widen(miles)}
      </button>
    </p>
  );
}
