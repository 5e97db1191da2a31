import { z } from 'zod';
import { day, instant, keysetPage, keysetQuery, page, pagingQuery } from './common.js';

// The fewest identifiers that work: a name to call the person by, and optionally a birth date to
// tell two people of the same name apart. No address, phone or record numbers are kept.
export const personFields = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: day.nullable().optional(),
  preferredLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "es"')
    .nullable()
    .optional(),
});
export type NewPerson = z.input<typeof personFields>;

export const personChange = personFields.partial();
export type PersonChange = z.input<typeof personChange>;

export const peopleListQuery = z.object({ ...pagingQuery, ...keysetQuery });
/** Names are searched with POST so they never appear in a URL (or in an access log that keeps URLs). */
export const peopleSearch = z.object({ query: z.string().max(200).optional(), ...pagingQuery, ...keysetQuery });
export type PeopleSearch = z.input<typeof peopleSearch>;

export const person = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: day.nullable(),
  preferredLanguage: z.string().nullable(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
});
export type PersonView = z.infer<typeof person>;

export const peoplePage = z.object({ ...page, ...keysetPage, people: z.array(person) });
export type PeoplePage = z.infer<typeof peoplePage>;
