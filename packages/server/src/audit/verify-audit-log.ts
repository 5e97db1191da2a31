import type { Db } from '../db/db.js';
import { ChainVerifier, type ChainBreak } from './audit-chain.js';

export interface AuditVerification {
  /** Rows checked before the first break (all of them when intact). */
  readonly rows: number;
  /** The newest row of an intact chain: keep it elsewhere, and pass it as the anchor next time. */
  readonly head: { readonly seq: string; readonly hash: string } | undefined;
  readonly broken: ChainBreak | undefined;
}

const PAGE = 2_000;

/**
 * Walk the whole audit log in seq order, a page at a time, and name the first row changed or
 * removed. An anchor (a head printed by an earlier run) also catches removal of the newest rows,
 * which leaves a shorter chain that is intact in itself.
 */
export async function verifyAuditLog(db: Db, anchor?: { readonly seq: string; readonly hash: string }): Promise<AuditVerification> {
  const verifier = new ChainVerifier();
  let after: string | number = -1;
  let anchorSeen = anchor === undefined;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    for (const row of rows) {
      const broken = verifier.next(row);
      if (broken) return { rows: verifier.count, head: undefined, broken };
      if (anchor && String(row.seq) === anchor.seq) {
        if (row.hash !== anchor.hash)
          return {
            rows: verifier.count,
            head: undefined,
            broken: {
              kind: 'changed',
              seq: anchor.seq,
              message: `row ${anchor.seq} is not the row the anchor recorded: rows up to it were rewritten`,
            },
          };
        anchorSeen = true;
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.seq;
  }
  if (!anchorSeen && anchor)
    return {
      rows: verifier.count,
      head: undefined,
      broken: { kind: 'removed', seq: anchor.seq, message: `row ${anchor.seq} (the anchor) is gone: the newest rows were removed` },
    };
  return { rows: verifier.count, head: verifier.head(), broken: undefined };
}
