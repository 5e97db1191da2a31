// @carelevel/server — the HTTP API, people's records behind one door per request, accounts, consent
// and audit. See README.md.
export { buildApp, type AppOptions } from './app.js';
export { startServer, type ServeOptions, type RunningServer } from './listen.js';
export type { Principal } from './accounts/principal.js';
export { createUser, findUserByEmail, listUsers } from './accounts/user-store.js';
export { createApiToken, listApiTokens, revokeApiToken, TOKEN_PREFIX, type ApiTokenView } from './accounts/token-store.js';
export { boundedIp, parseTrustedProxies, type TrustedProxies } from './http/client-address.js';
export { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http/http-limits.js';
export { disableUser, enableUser, resetPassword, resetSecondFactor, setRole, signOutEverywhere } from './accounts/account-lifecycle.js';
export { DEFAULT_SESSION_POLICY } from './accounts/session-store.js';
export { appendAudit, type Changer } from './audit/audit-store.js';
export { ChainVerifier, type ChainBreak } from './audit/audit-chain.js';
export { addPopulationBatch, type PopulationBatch, type PopulationMade } from './population/population.js';
export { verifyAuditLog, type AuditVerification } from './audit/verify-audit-log.js';
export { recountReportCounts, type RecountFound } from './reports/report-recount.js';
export { readSecuritySettings, writeSecuritySettings } from './accounts/security-settings.js';
export { exportPerson, importResource } from './fhir/fhir-offline.js';
export type { SmartOptions, SmartRecord } from './smart/smart-records.js';
export { parseSmartConfig } from './smart/smart-config-file.js';
export { parseEndpointHosts } from './fhir-loop/endpoint-hosts.js';
