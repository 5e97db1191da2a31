import type { Message } from '@carelevel/engine';
import type { Program } from '../model/program.js';
import { DAY_PROGRAM_LEVELS, type ScheduleTrack } from '../model/vocabulary.js';
import { OPENINGS_FRESH_DAYS, STALE_AFTER_DAYS, type ProgramFilters } from './filters.js';

const DAY_MS = 86_400_000;

export interface FitExplanation {
  readonly fits: Message[];
  readonly misfits: Message[];
  /**
   * What a person should know that is not a reason the program fits or not: how old the openings
   * report is, when the listing was last checked ("call to confirm").
   */
  readonly notes: Message[];
  /** Unverified for more than STALE_AFTER_DAYS, or never verified. */
  readonly stale: boolean;
}

function tracksOf(p: Program, levels: readonly string[] | undefined): ScheduleTrack[] {
  const asked = DAY_PROGRAM_LEVELS.filter((l) => levels?.includes(l));
  return (asked.length > 0 ? asked : DAY_PROGRAM_LEVELS).flatMap((l) => p.care.scheduleTracks[l] ?? []);
}

/**
 * Why a program fits and what does not, as codes with facts (words come from the locale files).
 * `wanted` joins the hard filters and the preferences: a filter that held is a fit; a preference
 * that failed is a misfit ("no evening track").
 */
export function explainFit(p: Program, wanted: ProgramFilters, now: Date): FitExplanation {
  const fits: Message[] = [];
  const misfits: Message[] = [];
  const notes: Message[] = [];
  const group = <T extends string>(asked: readonly T[] | undefined, has: readonly T[], fit: string, misfit: string, fact: string): void => {
    if (!asked || asked.length === 0) return;
    const hit = asked.filter((a) => has.includes(a));
    if (hit.length > 0) for (const h of hit) fits.push({ code: fit, facts: { [fact]: h } });
    else for (const a of asked) misfits.push({ code: misfit, facts: { [fact]: a } });
  };
  group(wanted.levels, p.care.levels, 'offers-level', 'level-not-offered', 'level');
  group(
    wanted.withdrawalManagement,
    p.care.withdrawalManagement,
    'offers-withdrawal-management',
    'withdrawal-management-not-offered',
    'setting',
  );
  group(wanted.medications, p.care.medications, 'offers-medication', 'medication-not-offered', 'medication');
  group(wanted.payments, p.payments, 'accepts-payment', 'payment-not-listed', 'payment');
  group(wanted.services, p.services, 'offers-service', 'service-not-listed', 'service');
  group(wanted.populations, p.serves.populations, 'serves-population', 'population-not-listed', 'population');
  const languages = (wanted.languages ?? []).filter((l) => l !== 'en');
  group(languages, p.serves.languages, 'speaks-language', 'language-not-listed', 'language');
  group(wanted.scheduleTracks, tracksOf(p, wanted.levels), 'has-schedule-track', 'no-schedule-track', 'track');

  const o = p.openings;
  if (o) {
    const ageDays = Math.floor((now.getTime() - Date.parse(o.reportedAt)) / DAY_MS);
    if (o.acceptingNewClients && ageDays <= OPENINGS_FRESH_DAYS)
      fits.push({ code: 'accepting-new-clients', facts: { reportedAt: o.reportedAt } });
    if (!o.acceptingNewClients) misfits.push({ code: 'not-accepting-new-clients', facts: { reportedAt: o.reportedAt } });
    if (o.beds !== undefined && o.beds > 0) fits.push({ code: 'open-beds', facts: { beds: o.beds, reportedAt: o.reportedAt } });
    if (o.seats !== undefined && o.seats > 0) fits.push({ code: 'open-seats', facts: { seats: o.seats, reportedAt: o.reportedAt } });
    if (o.waitlistDays !== undefined && o.waitlistDays > 0)
      misfits.push({ code: 'waitlist', facts: { waitlistDays: o.waitlistDays, reportedAt: o.reportedAt } });
    if (o.acceptingNewClients && ageDays > OPENINGS_FRESH_DAYS)
      notes.push({ code: 'openings-out-of-date', facts: { reportedAt: o.reportedAt, days: ageDays } });
  }
  let stale = true;
  if (p.lastVerified) {
    const days = Math.floor((now.getTime() - Date.parse(`${p.lastVerified}T00:00:00Z`)) / DAY_MS);
    stale = days > STALE_AFTER_DAYS;
    if (stale) notes.push({ code: 'listing-unverified', facts: { lastVerified: p.lastVerified, days } });
  } else notes.push({ code: 'listing-never-verified' });
  return { fits, misfits, notes, stale };
}
