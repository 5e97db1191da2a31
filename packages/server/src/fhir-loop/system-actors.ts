import { createHash } from 'node:crypto';
import { RecordAccess } from '../records/record-access.js';
import { personRecords, type PersonRecords } from '../records/request-records.js';
import type { Db } from '../db/db.js';

/** The namespace carelevel's name-based ids are made in (a random UUID, fixed forever). */
const NAMESPACE = '6f1c2b0e-93a4-4d57-9d2e-5b8f1a7c3e90';

/** A name-based UUID (RFC 9562 version 5): the same name gives the same id on every instance, for ever. */
function uuidV5(name: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * The actor a program's own system is recorded as when its Task moves a referral: one id per program,
 * not any person's account, so the audit log and the referral's history say the move came from that
 * program's system.
 */
export const programSystemActor = (programId: string): string => uuidV5(`program-system:${programId}`);

/** The actor carelevel's delivery worker reads a referral's record as, to send it to the program. */
export const DELIVERY_ACTOR = uuidV5('carelevel:fhir-delivery');

/** What the audit log keeps as the "address" of these moves: no browser, the server-to-server link. */
const SYSTEM_ADDRESS = 'fhir-peer';

/**
 * The record doors as the program's system: a program-staff principal of that one program, so the
 * move goes through the inbox's own checks (the state machine, the live consent) and audit rows.
 */
export const asProgramSystem = (db: Db, programId: string): PersonRecords =>
  personRecords(
    new RecordAccess(
      db,
      { userId: programSystemActor(programId), role: 'program-staff', programs: [programId], via: 'token', mustEnrolSecondFactor: false },
      SYSTEM_ADDRESS,
    ),
  );

/** The record doors as the delivery worker: it reads what the referral discloses, and the reads are audited. */
export const asDeliveryWorker = (db: Db): PersonRecords =>
  personRecords(
    new RecordAccess(
      db,
      { userId: DELIVERY_ACTOR, role: 'admin', programs: [], via: 'token', mustEnrolSecondFactor: false },
      SYSTEM_ADDRESS,
    ),
  );
