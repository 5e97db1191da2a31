import { DomainError, under } from '@carelevel/contract';

/**
 * Domain code names the fields of what it was given (`password`, `programs[0]`); an API answer names
 * them from the request root, so the same problem reads `body.password` there. The command line
 * prints them as its own options instead.
 */
export async function underBody<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof DomainError && err.issues.length > 0) throw new DomainError(err.code, under(['body'], err.issues), err.detail);
    throw err;
  }
}
