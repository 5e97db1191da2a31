import { DomainError, type FieldPath, type NewPerson, type PeoplePage, type PersonChange, type PersonView } from '@carelevel/contract';
import { newId, now } from '../db/ids.js';
import { readKeyset, type PageAsked } from '../db/keyset.js';
import type { RecordAccess } from '../records/record-access.js';
import { findPeople, findPerson, insertPerson, toPersonView, updatePerson } from './person-store.js';

/** People: listing and searching (every person listed is audited), adding, reading and changing one. */
export class PeopleRecords {
  constructor(private readonly access: RecordAccess) {}

  /**
   * A page of people, most recently changed first, optionally those whose name contains `text`: at
   * `offset`, or after a `cursor` a page gave (`at` says where the request carried them).
   */
  async find(text: string | undefined, paging: PageAsked, at: FieldPath): Promise<PeoplePage> {
    this.access.requireRole('careTeam');
    const { limit, offset } = paging;
    const after = readKeyset(paging.cursor, offset, at);
    const found = await this.access.read(
      (db) => findPeople(db, text, limit, offset, after),
      (f) => f.people.map((p) => ({ action: 'list', entityType: 'person', entityId: p.id, personId: p.id })),
    );
    return { ...found, limit, offset };
  }

  async add(fields: NewPerson): Promise<PersonView> {
    this.access.requireRole('careTeam');
    const at = now();
    const row = {
      id: newId(),
      given_name: fields.givenName,
      family_name: fields.familyName,
      birth_date: fields.birthDate ?? null,
      preferred_language: fields.preferredLanguage ?? null,
      version: 1,
      created_by: this.access.caller.userId,
      created_at: at,
      updated_at: at,
    };
    return this.access.write(async (tx) => {
      await insertPerson(tx, row);
      return { result: toPersonView(row), audit: [{ action: 'create', entityType: 'person', entityId: row.id, personId: row.id }] };
    });
  }

  async read(id: string): Promise<PersonView> {
    await this.access.require(id, 'demographics', 'signedIn');
    const row = await this.access.read(
      (db) => findPerson(db, id),
      () => [{ action: 'read', entityType: 'person', entityId: id, personId: id }],
    );
    if (!row) throw new DomainError('not-found');
    return toPersonView(row);
  }

  /** Change a person as read at version `expected` (If-Match). */
  async change(id: string, expected: number, change: PersonChange): Promise<PersonView> {
    await this.access.require(id, 'demographics', 'careTeam');
    return this.access.write(async (tx) => {
      const outcome = await updatePerson(tx, id, expected, change, now());
      if (outcome !== 'updated') throw new DomainError(outcome === 'stale' ? 'stale-version' : 'not-found');
      const row = await findPerson(tx, id);
      if (!row) throw new DomainError('not-found');
      return { result: toPersonView(row), audit: [{ action: 'update', entityType: 'person', entityId: id, personId: id }] };
    });
  }
}
