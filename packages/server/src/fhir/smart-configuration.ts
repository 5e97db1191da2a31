import type { AuthorizationServer } from 'oauth4webapi';

/** The resource types a user-level scope can reach through this API (fhir-routes.ts), read and search. */
const SCOPED_TYPES = ['Patient', 'Observation', 'QuestionnaireResponse', 'ServiceRequest', 'Task', 'Consent', 'CarePlan'] as const;

/**
 * `/fhir/R4/.well-known/smart-configuration`: the trusted record's authorization server, where an app
 * gets a token for this API, and what this API honours — user-level v1 and v2 scopes only (a
 * `patient/` scope is bound to the record's own patient ids, which carelevel's records are not).
 */
export function smartConfiguration(as: AuthorizationServer): Record<string, unknown> {
  return {
    issuer: as.issuer,
    jwks_uri: as.jwks_uri,
    authorization_endpoint: as.authorization_endpoint,
    token_endpoint: as.token_endpoint,
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'fhirUser', ...SCOPED_TYPES.map((t) => `user/${t}.rs`), 'user/QuestionnaireResponse.c'],
    capabilities: [
      'client-public',
      'client-confidential-symmetric',
      'sso-openid-connect',
      'permission-user',
      'permission-v1',
      'permission-v2',
    ],
  };
}
