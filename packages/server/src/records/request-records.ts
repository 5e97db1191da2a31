import { DomainError } from '@carelevel/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AftercareRecords } from '../aftercare/aftercare-records.js';
import { AssessmentRecords } from '../assessments/assessment-records.js';
import { ConsentRecords } from '../consents/consent-records.js';
import { DeliveryRecords } from '../fhir-loop/delivery-records.js';
import type { ServerContext } from '../http/context.js';
import { boundedIp } from '../http/client-address.js';
import { PeopleRecords } from '../people/people-records.js';
import { ReferralRecords } from '../referrals/referral-records.js';
import { TimelineRecords } from '../timeline/timeline-records.js';
import { TransitionRecords } from '../transitions/transition-records.js';
import { RecordAccess } from './record-access.js';

/** Every door to a person's record, each going through the request's one `RecordAccess`. */
export interface PersonRecords {
  readonly people: PeopleRecords;
  readonly assessments: AssessmentRecords;
  readonly timeline: TimelineRecords;
  readonly transitions: TransitionRecords;
  readonly consents: ConsentRecords;
  readonly referrals: ReferralRecords;
  readonly aftercare: AftercareRecords;
  readonly deliveries: DeliveryRecords;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** A person's records for this request's caller: only on routes that declare `config.personData`. */
    readonly records: PersonRecords;
  }
}

const RECORDS = Symbol('records');

function build(req: FastifyRequest, ctx: ServerContext): PersonRecords {
  if (req.routeOptions.config.personData !== true)
    throw new Error(`${req.method} ${req.routeOptions.url ?? ''} reads a person's record without declaring config.personData`);
  if (!req.principal) throw new DomainError('unauthenticated');
  return personRecords(new RecordAccess(ctx.db, req.principal, boundedIp(req.ip)));
}

/** Every door to a person's record for one caller, all through the same `RecordAccess`. */
export function personRecords(access: RecordAccess): PersonRecords {
  return {
    people: new PeopleRecords(access),
    assessments: new AssessmentRecords(access),
    timeline: new TimelineRecords(access),
    transitions: new TransitionRecords(access),
    consents: new ConsentRecords(access),
    referrals: new ReferralRecords(access),
    aftercare: new AftercareRecords(access),
    deliveries: new DeliveryRecords(access),
  };
}

/**
 * `req.records`, made on first use for the request's caller. Only a route that declares it touches a
 * person's data may have it (the audit test enumerates those routes), and what it gives is the only
 * way handlers reach those tables.
 */
export function installRequestRecords(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('records', {
    getter(this: FastifyRequest & { [RECORDS]?: PersonRecords }): PersonRecords {
      this[RECORDS] ??= build(this, ctx);
      return this[RECORDS];
    },
  });
}
