/**
 * Per-address limit on sign-in attempts, in memory (each instance counts its own; the per-account
 * lockout in the database is what holds across instances). A fixed window is enough to blunt guessing.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
  ) {}

  /** Count an attempt; false when the address is over its limit. */
  allow(key: string, at = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || at - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear(); // bound memory under a spray of addresses
      this.windows.set(key, { start: at, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.maxPerWindow;
  }
}

/** Consecutive failures before an account locks, and for how long. */
export const LOCKOUT = { failures: 5, lockMs: 15 * 60_000 } as const;
