import { z } from 'zod';
import { instant, pagingQuery } from './common.js';

export const auditQuery = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  personId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  /** Keyset paging: events older than this one (the `nextBeforeSeq` of the page before). */
  beforeSeq: z.coerce.number().int().min(1).optional(),
  ...pagingQuery,
});

export const auditEvent = z.object({
  seq: z.number().int(),
  at: instant,
  actorId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  personId: z.uuid().nullable(),
  ip: z.string(),
});
export type AuditEventView = z.infer<typeof auditEvent>;

export const auditPage = z.object({
  limit: z.number().int(),
  offset: z.number().int(),
  events: z.array(auditEvent),
  /** Pass as `beforeSeq` for the next page; null when this page is the last. */
  nextBeforeSeq: z.number().int().nullable(),
});
