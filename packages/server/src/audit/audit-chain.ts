import { GENESIS_HASH, rowHash, type ChainedFields } from '@carelevel/storage';

export type ChainBreak =
  | { readonly kind: 'changed'; readonly seq: string; readonly message: string }
  | { readonly kind: 'removed'; readonly seq: string; readonly message: string };

/** Walks rows in seq order, one at a time (a large log need not fit in memory). */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private prevSeq: bigint | undefined;
  count = 0;

  /** The first break found at this row, if any; stop at the first one. */
  next(row: ChainedFields & { readonly hash: string }): ChainBreak | undefined {
    const seq = BigInt(row.seq);
    const expectedSeq = this.prevSeq === undefined ? undefined : this.prevSeq + 1n;
    if (expectedSeq !== undefined && seq !== expectedSeq)
      return {
        kind: 'removed',
        seq: String(expectedSeq),
        message: `row ${expectedSeq}${seq - expectedSeq > 1n ? `–${seq - 1n}` : ''} was removed (seq ${this.prevSeq} is followed by ${seq})`,
      };
    if (row.prev_hash !== this.prevHash)
      return this.prevSeq === undefined
        ? { kind: 'removed', seq: String(seq), message: `the rows before seq ${seq} were removed (it does not start the chain)` }
        : {
            kind: 'changed',
            seq: String(this.prevSeq),
            message: `row ${this.prevSeq} was changed (row ${seq} was chained to other contents)`,
          };
    if (rowHash(row) !== row.hash)
      return { kind: 'changed', seq: String(seq), message: `row ${seq} was changed (its hash does not match its contents)` };
    this.prevHash = row.hash;
    this.prevSeq = seq;
    this.count += 1;
    return undefined;
  }

  /** The newest row checked: operators keep it elsewhere to detect later removal of the newest rows. */
  head(): { seq: string; hash: string } | undefined {
    return this.prevSeq === undefined ? undefined : { seq: String(this.prevSeq), hash: this.prevHash };
  }
}
