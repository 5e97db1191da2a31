/**
 * When to try a delivery to a program's system again. Pure: the caller passes the attempt number, the
 * random draw and the peer's answer, so the schedule is tested without a clock or a network.
 */

/** After this many failed attempts the delivery stops and waits for a person ("needs attention"). */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** The first wait; each later one doubles, up to the cap. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 3_600_000;

/** What one attempt came to, as far as retrying goes. */
export type AttemptFailure =
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'http'; readonly status: number; readonly retryAfterSeconds?: number | undefined };

/**
 * A network error, a timeout, 408, 429 or a 5xx may pass; any other refusal (400, 401, 404, 422…) is
 * the same on the next try, so it goes straight to a person.
 */
export const isRetryable = (f: AttemptFailure): boolean => f.kind === 'network' || f.status === 408 || f.status === 429 || f.status >= 500;

/**
 * The wait before attempt `attempt + 1`, after `attempt` failures (1 for the first): exponential,
 * capped, with "equal jitter" (half fixed, half random) so instances that failed together do not all
 * come back together; never sooner than the peer's own Retry-After. `random` is in [0, 1).
 */
export function retryDelayMs(attempt: number, random: number, retryAfterSeconds?: number): number {
  const exp = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exp / 2 + (exp / 2) * Math.min(Math.max(random, 0), 1));
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}

/** After a failed attempt: try again at a time, or stop for a person. */
export type NextStep = { readonly retryAt: Date } | { readonly giveUp: true };

export function nextStep(failure: AttemptFailure, attempts: number, at: Date, random: number): NextStep {
  if (!isRetryable(failure) || attempts >= MAX_DELIVERY_ATTEMPTS) return { giveUp: true };
  const retryAfter = failure.kind === 'http' ? failure.retryAfterSeconds : undefined;
  return { retryAt: new Date(at.getTime() + retryDelayMs(attempts, random, retryAfter)) };
}

/** The failure in plain words for the referral board (never anything from the body: it could hold data). */
export function describeFailure(f: AttemptFailure, what: 'the referral' | 'the cancellation' = 'the referral'): string {
  if (f.kind === 'network') return `could not reach the program's system (${f.message})`;
  if (f.status === 429) return "the program's system asked carelevel to slow down (429)";
  if (f.status === 401 || f.status === 403) return `the program's system refused carelevel's credentials (${f.status})`;
  if (f.status >= 500) return `the program's system had an error (${f.status})`;
  return `the program's system refused ${what} (${f.status})`;
}
