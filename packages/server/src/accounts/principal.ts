import type { Role } from '@carelevel/contract';

/** Who is asking: resolved once per request from a session cookie or a bearer token. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  /** Programs a program-staff user works for (empty for other roles). */
  readonly programs: readonly string[];
  /** `smart`: a SMART access token from a registered record's authorization server, at /fhir/R4 only. */
  readonly via: 'session' | 'token' | 'smart';
  /** For `smart`: the granted scopes, which narrow (never widen) what the role may do; see `userGrants`. */
  readonly smartScope?: string;
  /** Signed in with a password only while the second-factor setting requires one for this role. */
  readonly mustEnrolSecondFactor: boolean;
  /** The session's id hash (to mark it among the user's sessions); absent for tokens. */
  readonly sessionHash?: string;
}
