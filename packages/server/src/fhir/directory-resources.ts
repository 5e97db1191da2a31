import type { Hours, Program } from '@carelevel/directory/program';
import { WEEKDAYS, type Weekday } from '@carelevel/directory/vocabulary';
import type { Address, ContactPoint, HealthcareService, Location, Organization } from '@medplum/fhirtypes';
import { CARELEVEL_SYSTEM_BASE, levelCoding } from './fhir-codes.js';
import { programFhirId } from './program-ids.js';
import { PROGRAM_ID_SYSTEM } from './referral-resources.js';

const DIRECTORY_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/CodeSystem`;

const addressOf = (p: Program): Address => ({
  use: 'work',
  type: 'physical',
  line: [p.address.street1, p.address.street2].filter(Boolean),
  city: p.address.city,
  state: p.address.state,
  postalCode: p.address.zip,
  ...(p.address.county ? { district: p.address.county } : {}),
  country: 'US',
});

const telecomOf = (p: Program): ContactPoint[] => [
  ...(p.phone ? [{ system: 'phone' as const, value: p.phone, use: 'work' as const }] : []),
  ...(p.intakePhone && p.intakePhone !== p.phone
    ? [{ system: 'phone' as const, value: p.intakePhone, use: 'work' as const, rank: 1 }]
    : []),
  ...(p.website ? [{ system: 'url' as const, value: p.website }] : []),
];

/** One program gives three resources with the same id: who runs it, where it is, and what it offers. */
const idOf = (p: Program): string => programFhirId(p.id) ?? 'unaddressable';

export function organizationOf(p: Program, listed = true): Organization {
  return {
    resourceType: 'Organization',
    id: idOf(p),
    identifier: [{ system: PROGRAM_ID_SYSTEM, value: p.id }],
    active: listed,
    name: p.name2 ? `${p.name} — ${p.name2}` : p.name,
    telecom: telecomOf(p),
    address: [addressOf(p)],
  };
}

export function locationOf(p: Program, listed = true): Location {
  return {
    resourceType: 'Location',
    id: idOf(p),
    identifier: [{ system: PROGRAM_ID_SYSTEM, value: p.id }],
    status: listed ? 'active' : 'inactive',
    name: p.name,
    telecom: telecomOf(p),
    address: addressOf(p),
    ...(p.coordinates ? { position: { latitude: p.coordinates.lat, longitude: p.coordinates.lon } } : {}),
    managingOrganization: { reference: `Organization/${idOf(p)}` },
  };
}

/**
 * A program's hours as HealthcareService.availableTime (FHIR R4): open 24 hours is every day, all day;
 * otherwise the days sharing one range are one entry, times as hh:mm:ss (24:00, the end of a day,
 * becomes 23:59:59, FHIR's time having no 24). The note is availabilityExceptions.
 */
export function hoursOf(hours: Hours | null): Pick<HealthcareService, 'availableTime' | 'availabilityExceptions'> {
  if (!hours) return {};
  const note = hours.note ? { availabilityExceptions: hours.note } : {};
  if (hours.open24Hours) return { availableTime: [{ daysOfWeek: [...WEEKDAYS], allDay: true }], ...note };
  const ranges = new Map<string, Weekday[]>();
  for (const t of hours.times) ranges.set(`${t.opens}-${t.closes}`, [...(ranges.get(`${t.opens}-${t.closes}`) ?? []), t.day]);
  const time = (hhmm: string): string => (hhmm === '24:00' ? '23:59:59' : `${hhmm}:00`);
  return {
    availableTime: [...ranges].map(([range, days]) => {
      const [opens = '', closes = ''] = range.split('-');
      return { daysOfWeek: days, availableStartTime: time(opens), availableEndTime: time(closes) };
    }),
    ...note,
  };
}

/**
 * What the program offers, as the National Directory's HealthcareService would carry it: levels of
 * care as service types (carelevel's level codes), what it treats, payments and languages, its hours,
 * and when the listing was last confirmed.
 */
export function healthcareServiceOf(p: Program, listed = true): HealthcareService {
  return {
    resourceType: 'HealthcareService',
    id: idOf(p),
    identifier: [{ system: PROGRAM_ID_SYSTEM, value: p.id }],
    // A program the locator no longer lists stays readable for the referrals that name it, marked inactive.
    active: listed,
    providedBy: { reference: `Organization/${idOf(p)}` },
    location: [{ reference: `Location/${idOf(p)}` }],
    name: p.name,
    category: [{ coding: [{ system: `${DIRECTORY_SYSTEM}/scope`, code: p.scope }], text: p.scope.replace(/-/g, ' ') }],
    type: p.care.levels.map((l) => ({ coding: [levelCoding(l)] })),
    telecom: telecomOf(p),
    characteristic: p.payments.map((pay) => ({ coding: [{ system: `${DIRECTORY_SYSTEM}/payment`, code: pay }] })),
    communication: ['en', ...p.serves.languages].map((lang) => ({ coding: [{ system: 'urn:ietf:bcp:47', code: lang }] })),
    ...hoursOf(p.hours),
    comment: !listed
      ? 'No longer listed by the national treatment locator'
      : p.lastVerified
        ? `Listing last confirmed ${p.lastVerified}${p.verifiedBy === 'program' ? ' by the program' : ''}`
        : 'Listing never confirmed',
  };
}
