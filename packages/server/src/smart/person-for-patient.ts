import type { Patient } from '@medplum/fhirtypes';
import type { Db } from '../db/db.js';
import { PERSON_ID_SYSTEM } from '../fhir/fhir-codes.js';
import { isCarelevelId } from '../fhir/fhir-search.js';
import { personExists } from '../people/person-store.js';
import type { PersonRecords } from '../records/request-records.js';
import { linkedPerson, linkPerson } from './smart-store.js';

/**
 * The carelevel person a record's Patient is: the one linked at an earlier launch; else the one the
 * record names by carelevel's own identifier (the system `Patient?identifier` searches, which the record
 * keeps once it has had a carelevel Patient); else a new person from the record's name and birth date.
 * Reads and the creation go through the caller's record doors, so they are checked and audited.
 */
export async function personForPatient(db: Db, records: PersonRecords, iss: string, patientId: string, patient: Patient): Promise<string> {
  const linked = await linkedPerson(db, iss, patientId);
  if (linked && (await personExists(db, linked))) return (await records.people.read(linked)).id;
  const ours = patient.identifier?.find((i) => i.system === PERSON_ID_SYSTEM && i.value !== undefined && isCarelevelId(i.value))?.value;
  const found = ours && (await personExists(db, ours)) ? (await records.people.read(ours)).id : undefined;
  const personId =
    found ??
    (
      await records.people.add({
        givenName: patient.name?.[0]?.given?.join(' ') || '(not given)',
        familyName: patient.name?.[0]?.family ?? '(not given)',
        ...(patient.birthDate ? { birthDate: patient.birthDate } : {}),
      })
    ).id;
  await linkPerson(db, iss, patientId, personId);
  return personId;
}
