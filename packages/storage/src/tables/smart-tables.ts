/** A SMART launch in flight: matched by the hash of its `state`, used once. */
export interface SmartLaunchesTable {
  state_hash: string;
  iss: string;
  code_verifier: string;
  nonce: string;
  /** SHA-256 of a cookie given to the browser that started the launch: the callback must come from it. */
  browser_hash: string;
  expires_at: string;
}

/** An administrator's mapping of a record user (`fhirUser` at an issuer) to a carelevel account. */
export interface SmartUserLinksTable {
  iss: string;
  fhir_user: string;
  user_id: string;
  created_at: string;
}

/** A record's Patient known as a carelevel person. */
export interface SmartPatientLinksTable {
  iss: string;
  patient_id: string;
  person_id: string;
  created_at: string;
}

/** The record's access token behind one staff session; never sent to the browser. */
export interface SmartSessionTokensTable {
  session_hash: string;
  iss: string;
  access_token: string;
  scope: string;
  patient_id: string;
  person_id: string;
  expires_at: string;
}
