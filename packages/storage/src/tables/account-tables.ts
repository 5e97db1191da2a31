/** A staff account. */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  /** JSON: program ids, for program staff. */
  programs: string;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  /** Set while the account is disabled: no sign-in, no session, no token works. */
  disabled_at: string | null;
  /** The TOTP secret (base32) once a second factor is enrolled and confirmed. */
  totp_secret: string | null;
  /** A secret shown for enrolment, kept until the first code from it confirms it. */
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice (bigint: text from PostgreSQL). */
  totp_last_step: number | string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** The address the session signed in from (bounded, as every stored header value). */
  ip: string;
}

/** One-time codes that stand in for the second factor when the phone is lost; stored as hashes. */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

/** Settings an administrator changes at run time (JSON values), shared by every instance. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}
