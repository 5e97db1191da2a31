import type { Db } from '../db/db.js';
import { chainAppends, type AuditAppend } from './chain-append.js';

interface Waiting extends AuditAppend {
  readonly committed: () => void;
  readonly failed: (error: unknown) => void;
}

/** Callers whose rows share one transaction at most; more wait for the next. */
const MOST_PER_TRANSACTION = 128;

/**
 * Group commit for the audit chain. Every audited read must have its rows committed before its answer
 * leaves, and the chain takes one lock for every append across all instances, so one transaction per
 * read made concurrent reads queue behind each other's commits (about 90 ms at the median under 16
 * workers: bench/RESULTS.md). Here the reads waiting on one database handle join the next transaction
 * together: each still waits for its own rows to be committed, and the chain's order, gaplessness and
 * hashes are exactly as before; only the number of lock-and-commit rounds falls.
 */
class GroupAppender {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(private readonly db: Db) {}

  add(append: AuditAppend): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ ...append, committed: resolve, failed: reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MOST_PER_TRANSACTION);
        try {
          await this.db.transaction().execute((tx) => chainAppends(tx, batch));
          for (const w of batch) w.committed();
        } catch {
          // Nothing of the batch was committed. Each caller's rows go again on their own, so one
          // caller's bad row fails that caller alone, as it would have without grouping.
          for (const w of batch)
            await this.db
              .transaction()
              .execute((tx) => chainAppends(tx, [w]))
              .then(w.committed, w.failed);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}

const appenders = new WeakMap<Db, GroupAppender>();

/** Append outside a transaction: joins the next group transaction on this database handle. */
export function groupAppend(db: Db, append: AuditAppend): Promise<void> {
  let appender = appenders.get(db);
  if (!appender) {
    appender = new GroupAppender(db);
    appenders.set(db, appender);
  }
  return appender.add(append);
}
