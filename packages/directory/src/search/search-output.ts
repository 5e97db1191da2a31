import type { LevelCode, Message } from '@carelevel/engine';
import type { DirectoryLocale } from '../locale/directory-locale.js';
import type { Hours } from '../model/program.js';
import type { Medication, Payment, Scope, Source, WithdrawalSetting } from '../model/vocabulary.js';
import { renderDirectoryMessage } from '../locale/render-message.js';
import type { SearchResponse } from './search-programs.js';

/** One result as the CLI and the HTTP API show it: flat, stable field names, codes not sentences. */
export interface SearchResultView {
  readonly id: string;
  readonly name: string;
  readonly name2: string;
  readonly street1: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone: string;
  readonly intakePhone: string;
  readonly website: string;
  readonly distanceMiles: number;
  readonly scope: Scope;
  readonly levels: readonly LevelCode[];
  readonly withdrawalManagement: readonly WithdrawalSetting[];
  readonly medications: readonly Medication[];
  readonly payments: readonly Payment[];
  /** When it is open, as its staff say; null when the listing does not say. */
  readonly hours: Hours | null;
  readonly lastVerified: string | null;
  /** Who confirmed it on that day: the program's own staff, or the source the listing came from; null when never. */
  readonly verifiedBy: 'program' | 'source' | null;
  readonly stale: boolean;
  readonly fits: readonly Message[];
  readonly misfits: readonly Message[];
  /** Extension: information that is not a misfit (how old a report is, when the listing was checked). */
  readonly notes: readonly Message[];
  readonly source: Source;
}

export function searchResponseView(r: SearchResponse): {
  total: number;
  offset: number;
  limit: number;
  results: SearchResultView[];
  suggestions: readonly Message[];
  helpline: string;
} {
  return {
    total: r.total,
    offset: r.offset,
    limit: r.limit,
    results: r.results.map(({ program: p, distanceMiles, fits, misfits, notes, stale }) => ({
      id: p.id,
      name: p.name,
      name2: p.name2,
      street1: p.address.street1,
      city: p.address.city,
      state: p.address.state,
      zip: p.address.zip,
      phone: p.phone,
      intakePhone: p.intakePhone,
      website: p.website,
      distanceMiles,
      scope: p.scope,
      levels: p.care.levels,
      withdrawalManagement: p.care.withdrawalManagement,
      medications: p.care.medications,
      payments: p.payments,
      hours: p.hours,
      lastVerified: p.lastVerified,
      verifiedBy: p.lastVerified === null ? null : (p.verifiedBy ?? 'source'),
      stale,
      fits,
      misfits,
      notes,
      source: p.source,
    })),
    suggestions: r.suggestions,
    helpline: r.helpline,
  };
}

const HEADINGS = {
  en: {
    found: 'programs found',
    within: 'within',
    miles: 'miles of',
    fits: 'Fits',
    misfits: 'Does not fit',
    notes: 'Good to know',
    none: 'No programs match.',
    try: 'Try:',
    source: 'Source: SAMHSA Behavioral Health Treatment Services Locator',
    stale: 'listing may be out of date',
  },
  es: {
    found: 'programas encontrados',
    within: 'a menos de',
    miles: 'millas de',
    fits: 'Encaja',
    misfits: 'No encaja',
    notes: 'Conviene saber',
    none: 'Ningún programa coincide.',
    try: 'Pruebe:',
    source: 'Fuente: SAMHSA Behavioral Health Treatment Services Locator',
    stale: 'los datos pueden estar desactualizados',
  },
} as const;

/** A plain-text page of results for a terminal, in the locale's words. */
export function searchResponseText(
  r: SearchResponse,
  where: { label: string; radiusMiles: number },
  locale: DirectoryLocale,
  lang: 'en' | 'es',
): string {
  const h = HEADINGS[lang];
  const lines: string[] = [`${r.total} ${h.found} ${h.within} ${where.radiusMiles} ${h.miles} ${where.label}`, ''];
  r.results.forEach((x, n) => {
    const p = x.program;
    lines.push(
      `${r.offset + n + 1}. ${p.name}${p.name2 ? ` (${p.name2})` : ''} — ${x.distanceMiles.toFixed(1)} mi${x.stale ? ` — ${h.stale}` : ''}`,
    );
    lines.push(
      `   ${[p.address.street1, p.address.city, `${p.address.state} ${p.address.zip}`].filter(Boolean).join(', ')}${p.phone ? ` · ${p.phone}` : ''}`,
    );
    if (x.fits.length > 0) lines.push(`   ${h.fits}: ${x.fits.map((m) => renderDirectoryMessage(m, locale)).join('; ')}`);
    if (x.misfits.length > 0) lines.push(`   ${h.misfits}: ${x.misfits.map((m) => renderDirectoryMessage(m, locale)).join('; ')}`);
    if (x.notes.length > 0) lines.push(`   ${h.notes}: ${x.notes.map((m) => renderDirectoryMessage(m, locale)).join('; ')}`);
  });
  if (r.total === 0) {
    lines.push(h.none, h.try);
    for (const s of r.suggestions) lines.push(`  - ${renderDirectoryMessage(s, locale)}`);
  }
  if (r.results.some((x) => x.program.source.startsWith('samhsa'))) lines.push('', h.source);
  return `${lines.join('\n')}\n`;
}
