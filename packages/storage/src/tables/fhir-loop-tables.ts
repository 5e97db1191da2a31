import type { Generated } from 'kysely';

/** A program's own FHIR server: where it is, how carelevel authenticates to it, and how it authenticates back. */
export interface ProgramFhirEndpointsTable {
  program_id: string;
  base_url: string;
  /** none | bearer | smart-backend */
  auth: string;
  /** Sent as `Authorization: Bearer …` to the program's server; never returned by the API. */
  bearer_token: string | null;
  /** For `smart-backend` (SMART Backend Services): carelevel's client id at the program's authorization server. */
  client_id: string | null;
  /** The scopes asked for with client credentials. */
  client_scope: string | null;
  /** The private JWK (JSON) that signs carelevel's client assertions; only its public half is shown. */
  client_key: string | null;
  /** sha256 of the secret the program's system presents with a subscription notification. */
  notify_token_hash: string;
  updated_by: string | null;
  updated_at: string;
}

/** One referral on its way to (and followed at) a program's FHIR server. */
export interface FhirDeliveriesTable {
  id: string;
  referral_id: string;
  program_id: string;
  /**
   * pending | delivered | needs-attention | withdrawn; after the referring side cancels a delivered
   * referral: cancel-due (telling the program's system) | cancel-sent | cancel-stopped.
   */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** The last failure in plain words, no one's data in it. */
  last_error: string | null;
  /** An instance working on the row holds it until then; after that another may take it. */
  claimed_until: string | null;
  peer_task_id: string | null;
  /** The peer Task's meta.lastUpdated carelevel last took in (for `_lastUpdated=gt…`). */
  peer_seen_at: string | null;
  peer_polled_at: string | null;
  delivered_at: string | null;
  created_at: string;
  updated_at: string;
}
