import { describe, expect, it } from 'vitest';
import { describeFailure, isRetryable, MAX_DELIVERY_ATTEMPTS, MAX_RETRY_MS, nextStep, retryDelayMs } from './retry-schedule.js';

describe('the retry schedule of a delivery to a program\u2019s system', () => {
  it('doubles from 30 s with equal jitter, capped at an hour', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, 0))).toEqual([15_000, 30_000, 60_000]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, 0.999_999))).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelayMs(40, 0.5)).toBe(MAX_RETRY_MS * 0.75);
  });

  it('never comes back sooner than the peer\u2019s Retry-After', () => {
    expect(retryDelayMs(1, 0, 600)).toBe(600_000);
  });

  it('retries network errors, 408, 429 and 5xx; anything else goes to a person at once', () => {
    expect([408, 429, 500, 503].every((status) => isRetryable({ kind: 'http', status }))).toBe(true);
    expect([400, 401, 404, 422].some((status) => isRetryable({ kind: 'http', status }))).toBe(false);
    expect(isRetryable({ kind: 'network', message: 'ECONNREFUSED' })).toBe(true);
    expect(nextStep({ kind: 'http', status: 422 }, 1, new Date(0), 0.5)).toEqual({ giveUp: true });
  });

  it('gives up after the last attempt', () => {
    const at = new Date(0);
    expect(nextStep({ kind: 'http', status: 503 }, MAX_DELIVERY_ATTEMPTS - 1, at, 0.5)).toHaveProperty('retryAt');
    expect(nextStep({ kind: 'http', status: 503 }, MAX_DELIVERY_ATTEMPTS, at, 0.5)).toEqual({ giveUp: true });
  });

  it('says what went wrong in plain words', () => {
    expect(describeFailure({ kind: 'network', message: 'ECONNREFUSED' })).toBe("could not reach the program's system (ECONNREFUSED)");
    expect(describeFailure({ kind: 'http', status: 401 })).toBe("the program's system refused carelevel's credentials (401)");
  });
});
