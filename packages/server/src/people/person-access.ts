import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { requireRole } from '../accounts/authenticate.js';
import { ROLES, type Principal } from '../accounts/roles.js';
import { liveConsents, SHARES, type Share } from '../consents/consent-rules.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerTables } from '../storage/tables.js';

/**
 * The one rule for reading a person's record: the care team may; program staff only through a live
 * consent to one of their own programs that shares this part of the record (42 CFR Part 2).
 */
export async function requirePersonAccess(
  db: Kysely<ServerTables>,
  req: FastifyRequest,
  personId: string,
  part: Share,
): Promise<Principal> {
  const p = requireRole(req, ROLES);
  const exists = await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
  if (!exists) throw new ApiError('not-found');
  if (p.role !== 'program-staff') return p;
  const consents = await liveConsents(db, personId, p.programs);
  if (!consents.some((c) => c.shares.includes(part))) {
    // An attempt to see a record without consent is itself worth knowing about.
    await recordAudit(db, req, [{ action: 'denied', entityType: part, entityId: personId, personId }]);
    throw new ApiError('no-consent');
  }
  return p;
}

/**
 * The parts of a person's record the caller may read, for answers that gather several parts (the
 * timeline shows instrument scores only to those who may read assessments). Call after
 * requirePersonAccess.
 */
export async function readableParts(db: Kysely<ServerTables>, p: Principal, personId: string): Promise<ReadonlySet<Share>> {
  if (p.role !== 'program-staff') return new Set(SHARES);
  const consents = await liveConsents(db, personId, p.programs);
  return new Set(consents.flatMap((c) => c.shares));
}
