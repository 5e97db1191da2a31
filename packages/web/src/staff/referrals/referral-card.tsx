import type { LevelCode } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import type { ReferralView } from '@carelevel/contract';
import { engineWords, words } from '../i18n/words.js';
import { valueLabel } from '../assessment/value-label.js';
import { personName, shortDate, shortDateTime } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { useProgramName } from './programs-api.js';
import { ReferralActions } from './referral-actions.js';
import { DeliveryStatus } from './delivery-status.js';

/** The person's name, or a plain note when their consent does not share it with this reader. */
export function PersonLabel({ personId }: { readonly personId: string }): string {
  const person = usePerson(personId);
  if (person.data) return personName(person.data.body);
  if (person.isError && isApiProblem(person.error) && (person.error.status === 403 || person.error.status === 404))
    return words.referrals.personHidden;
  return words.app.loading;
}

export function ProgramLabel({ programId }: { readonly programId: string }): string {
  return useProgramName(programId);
}

/** Programs by name, never by id: each from the directory, joined with commas; a dash for none. */
export function ProgramNames({ ids }: { readonly ids: readonly string[] }): ReactNode {
  if (ids.length === 0) return '—';
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ', ' : ''}
      <ProgramLabel programId={id} />
    </span>
  ));
}

export const levelName = (level: LevelCode | null | undefined): string => (level ? engineWords.levels[level] : '');

/** "3.5 h", or "not yet" (with how long it has been waiting when the referral is still open). */
export function hoursText(hours: number | null): string {
  return hours === null ? words.dashboard.none : words.referrals.hours(hours);
}

/** One term and its value, left out when there is no value. */
function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }): ReactNode {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * What intake needs before saying yes, as the referring clinician sent it: how soon, their note, the
 * indicated and chosen levels, withdrawal management, payment, schedule and language (each only as far
 * as the person's consent shares it), and who referred and how to reach them.
 */
export function HandoffFacts({ referral: r }: { readonly referral: ReferralView }): ReactNode {
  const w = words.referrals;
  const h = r.handoff;
  return (
    <dl className="facts referral-handoff">
      <Fact term={w.urgencyLabel}>
        <span className={`urgency urgency--${r.urgency}`}>{w.urgencies[r.urgency]}</span>
      </Fact>
      <Fact term={w.noteLabel}>{r.note}</Fact>
      {h ? (
        <>
          <Fact term={w.indicated}>{levelName(h.indicatedLevel)}</Fact>
          <Fact term={w.chosenLevel}>{levelName(h.chosenLevel)}</Fact>
          <Fact term={w.withdrawal}>{h.withdrawalManagement ? engineWords.withdrawalManagement[h.withdrawalManagement] : null}</Fact>
          <Fact term={w.payment}>{h.coverage ? valueLabel(h.coverage) : null}</Fact>
          <Fact term={w.schedule}>{h.scheduleWindows.map(valueLabel).join(', ')}</Fact>
          <Fact term={w.language}>{h.language ? (w.languages[h.language] ?? h.language) : null}</Fact>
          <Fact term={w.referredBy}>{h.referredBy.email ? <a href={`mailto:${h.referredBy.email}`}>{h.referredBy.email}</a> : null}</Fact>
        </>
      ) : null}
    </dl>
  );
}

/** Where a referral stands: program, level, status, when sent, and how long it took to be acknowledged and admitted. */
export function ReferralFacts({ referral: r, person }: { readonly referral: ReferralView; readonly person?: ReactNode }): ReactNode {
  const w = words.referrals;
  return (
    <dl className="facts">
      {person ? (
        <>
          <dt>{w.person}</dt>
          <dd>{person}</dd>
        </>
      ) : null}
      <dt>{w.program}</dt>
      <dd>
        <ProgramLabel programId={r.programId} />
      </dd>
      {r.level ? (
        <>
          <dt>{w.level}</dt>
          <dd>{levelName(r.level)}</dd>
        </>
      ) : null}
      <dt>{w.statusLabel}</dt>
      <dd>{w.status[r.status] ?? r.status}</dd>
      <dt>{w.sent}</dt>
      <dd>{shortDateTime(r.createdAt)}</dd>
      <dt>{w.timeToAcknowledge}</dt>
      <dd>
        {r.hoursToAcknowledge === null && r.status === 'requested'
          ? w.waitingFor(w.hours((Date.now() - Date.parse(r.createdAt)) / 3_600_000))
          : hoursText(r.hoursToAcknowledge)}
      </dd>
      <Fact term={w.expectedAdmission}>{r.expectedAdmissionOn ? shortDate(r.expectedAdmissionOn) : null}</Fact>
      <Fact term={w.admittedOn}>{r.admittedOn ? shortDate(r.admittedOn) : null}</Fact>
      <dt>{w.timeToAdmission}</dt>
      <dd>{r.admittedOn && r.hoursToAdmission !== null ? w.days(Math.round(r.hoursToAdmission / 24)) : hoursText(r.hoursToAdmission)}</dd>
      {r.reason ? (
        <>
          <dt>{w.reason}</dt>
          <dd>{r.reason}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * One referral on the board or in the inbox: who, where, what level, when it was sent, and how long
 * it took to be acknowledged and to lead to an admission. With `actions`, the next steps too.
 */
export function ReferralCard({
  referral: r,
  actions,
  headingLevel = 3,
}: {
  readonly referral: ReferralView;
  readonly actions?: boolean;
  readonly headingLevel?: 3 | 4;
}): ReactNode {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const who = <PersonLabel personId={r.personId} />;
  return (
    <article className="card referral-card">
      <Heading className="referral-card__title">
        <Link to={`/referrals/${r.id}`}>{who}</Link>
      </Heading>
      <HandoffFacts referral={r} />
      <ReferralFacts referral={r} />
      <DeliveryStatus referral={r} />
      {actions ? <ReferralActions referral={r} label={words.inbox.actionsLabel} /> : null}
    </article>
  );
}
