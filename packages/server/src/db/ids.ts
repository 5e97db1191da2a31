import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();
/** An unguessable secret for cookies and tokens: 256 bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
/** Stored in place of a secret, so a copy of the database does not let anyone in. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
