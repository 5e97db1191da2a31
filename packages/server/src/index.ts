// @carelevel/server — the HTTP API, storage of people's records, accounts, consent and audit. See README.md.
export { buildApp, type AppOptions } from './app.js';
export { startServer, type ServeOptions, type RunningServer } from './listen.js';
export { openServerDatabase, type ServerDatabase } from './storage/open-server-database.js';
export { serverMigrations } from './storage/migrations.js';
export type { ServerTables } from './storage/tables.js';
export { ROLES, type Role, type Principal } from './accounts/roles.js';
export { createUser, findUserByEmail, type NewUser, type UserView } from './accounts/user-store.js';
export { createApiToken, listApiTokens, revokeApiToken, TOKEN_PREFIX, type ApiTokenView } from './accounts/api-tokens.js';
export { ApiError, ERRORS, type ErrorCode, type FieldError } from './errors/catalogue.js';
export { REFERRAL_STATES, checkTransition, FHIR_TASK_STATUS, type ReferralState } from './referrals/referral-states.js';
export { boundedIp, parseTrustedProxies, type TrustedProxies } from './http/client-address.js';
export { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/fast-path-server.js';
export {
  disableUser,
  enableUser,
  resetPassword,
  resetSecondFactor,
  setRole,
  signOutEverywhere,
  type Changer,
} from './accounts/account-lifecycle.js';
export { listUsers, type UserListing } from './accounts/user-store.js';
export { DEFAULT_SESSION_POLICY } from './accounts/sessions.js';
export { appendAudit } from './audit/audit-log.js';
export { ChainVerifier, GENESIS_HASH, rowHash, type ChainBreak } from './audit/audit-chain.js';
export { verifyAuditLog, type AuditVerification } from './audit/verify-audit-log.js';
export { grantAppRole } from './storage/grant-app-role.js';
export { readSecuritySettings, writeSecuritySettings } from './accounts/security-settings.js';
