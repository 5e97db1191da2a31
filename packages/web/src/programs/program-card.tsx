import { localDate, LOCALE_MESSAGES } from '@carelevel/engine';
import { renderDirectoryMessage, type DirectoryLocale } from '@carelevel/directory/words';
import type { ReactElement, Ref } from 'react';
import type { ChosenProgram } from '../assessment/saved-state.js';
import { TextList } from '../components/text-list.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { Lang } from '../questions/question-types.js';
import type { ProgramResult } from './program-search.js';
import { hoursLines, type HoursWords } from './hours-text.js';
import { ReportProblem } from './report-problem.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly words: DirectoryLocale;
  readonly r: ProgramResult;
  /** Why it treats something other than the worry; such a program is shown apart and cannot be added. */
  readonly otherKind: string | null;
  readonly picked: boolean;
  readonly onChoose: (p: ChosenProgram, on: boolean) => void;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
}

/** Who confirmed the listing and when: the program itself, or the list it came from (month and year); or never. */
export function confirmedText(
  p: UiWords['programs'],
  r: Pick<ProgramResult, 'lastVerified' | 'verifiedBy' | 'source'>,
  dateLocale: string,
): string {
  if (!r.lastVerified) return p.notVerified;
  if (r.verifiedBy === 'program') return fill(p.confirmedByProgram, { date: localDate(r.lastVerified, dateLocale) });
  const month = new Intl.DateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${r.lastVerified}T12:00:00Z`),
  );
  return fill(r.source.startsWith('samhsa-') ? p.fromLocator : p.fromList, { date: month });
}

/** The finder's words for hours, from its dictionary's templates. */
export const publicHoursWords = (p: UiWords['programs']): HoursWords => ({
  open24Hours: p.open24Hours,
  dayRange: (first, last) => fill(p.hoursDayRange, { first, last }),
  times: (days, opens, closes) => fill(p.hoursTimes, { days, opens, closes }),
  midnight: p.midnight,
  closedOtherDays: p.closedOtherDays,
  note: (note) => fill(p.hoursNote, { note }),
});

/** One listing: where, how to call, when it is open, when it was checked, what fits and what does not, and what to know. */
export function ProgramCard({ t, lang, words, r, otherKind, picked, onChoose, headingRef }: Props): ReactElement {
  const p = t.programs;
  const address = [r.street1, r.city, `${r.state} ${r.zip}`].filter(Boolean).join(', ');
  const phone = r.intakePhone || r.phone;
  const say = (m: Parameters<typeof renderDirectoryMessage>[0]): string => renderDirectoryMessage(m, words);
  return (
    <li className="program" data-program={r.id}>
      <h2 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {r.name}
      </h2>
      <p>
        {address} · {fill(p.milesAway, { n: r.distanceMiles.toFixed(1) })}
      </p>
      {phone ? (
        <p>
          <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
            {p.call} {phone}
          </a>
        </p>
      ) : null}
      <TextList title={p.hours} items={r.hours ? hoursLines(r.hours, publicHoursWords(p), LOCALE_MESSAGES[lang].dateLocale) : []} />
      <p className="hint">{confirmedText(p, r, LOCALE_MESSAGES[lang].dateLocale)}</p>
      {r.stale && r.lastVerified ? <p className="warning">{p.stale}</p> : null}
      <TextList title={p.fits} items={r.fits.map(say)} />
      <TextList title={p.misfits} items={[...(otherKind === null ? [] : [otherKind]), ...r.misfits.map(say)]} />
      {/* When the listing was checked is said above (and "call to check" when stale); the notes add how old a report is. */}
      <TextList title={p.notes} items={(r.notes ?? []).filter((m) => !m.code.startsWith('listing-')).map(say)} />
      {otherKind === null ? (
        <label className="option">
          <input
            type="checkbox"
            checked={picked}
            onChange={(e) => {
              onChoose({ id: r.id, name: r.name, phone, address, distanceMiles: r.distanceMiles }, e.currentTarget.checked);
            }}
          />
          <span>
            {p.choose}: {r.name}
          </span>
        </label>
      ) : null}
      <ReportProblem t={t} programId={r.id} programName={r.name} />
    </li>
  );
}
