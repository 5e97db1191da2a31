import { DomainError } from '@carelevel/contract';

/** A read whose "not found" means there is nothing to give (a search that finds no aftercare plan). */
export const orNothing = async <T>(read: Promise<T>): Promise<T | undefined> =>
  read.catch((err: unknown) => {
    if (err instanceof DomainError && err.code === 'not-found') return undefined;
    throw err;
  });
