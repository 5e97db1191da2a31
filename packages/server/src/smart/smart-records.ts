import { issuerKey } from './fhir-user.js';

/**
 * A health record the operator has registered carelevel with. Only these are ever contacted: a launch
 * naming any other `iss` is refused before anything is fetched (an open redirect to, or a request
 * against, an attacker's server would otherwise be one link away).
 */
export interface SmartRecord {
  /** The record's FHIR base URL, exactly as it sends it in `iss`. */
  readonly iss: string;
  readonly clientId: string;
  /** For a confidential client; kept server-side, sent only to the record's token endpoint. */
  readonly clientSecret?: string;
  /** Ask for `patient/Observation.c` to write the determination back on signing. */
  readonly writeBack?: boolean;
  /**
   * Accept SMART access tokens at carelevel's /fhir/R4 from this record's authorization server: JWTs
   * (RFC 9068) for the audience `{publicUrl}/fhir/R4`, whose `fhirUser` is linked to an account.
   */
  readonly fhirApiTokens?: boolean;
}

export interface SmartOptions {
  readonly records: readonly SmartRecord[];
  /** carelevel's own public origin (`https://carelevel.example`): the redirect URI is `{publicUrl}/smart/callback`. */
  readonly publicUrl: string;
}

export const registeredRecord = (options: SmartOptions | undefined, iss: string): SmartRecord | undefined =>
  options?.records.find((r) => issuerKey(r.iss) === issuerKey(iss));

export const redirectUri = (options: SmartOptions): string => `${options.publicUrl.replace(/\/+$/, '')}/smart/callback`;
