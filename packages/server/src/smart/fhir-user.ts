/**
 * The `fhirUser` claim names the record user as a FHIR resource URL: absolute
 * (`https://ehr.example/fhir/Practitioner/7`) or relative to the record's base (`Practitioner/7`). An
 * administrator may register either form; both are kept and compared as the relative form when the
 * URL is on the launching record's own base, so the two forms of one user are one user. Pure.
 */
export type FhirUserKey = { readonly ok: true; readonly key: string } | { readonly ok: false; readonly problem: string };

const USER_TYPES = ['Practitioner', 'PractitionerRole', 'Person', 'Patient', 'RelatedPerson'];

export function fhirUserKey(iss: string, claim: unknown): FhirUserKey {
  if (typeof claim !== 'string' || claim.trim() === '')
    return { ok: false, problem: 'the sign-in from the record did not name its user (fhirUser)' };
  const base = iss.replace(/\/+$/, '');
  const relative = claim.startsWith(`${base}/`) ? claim.slice(base.length + 1) : claim;
  const m = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(relative);
  if (m?.[1] && USER_TYPES.includes(m[1])) return { ok: true, key: relative };
  // Another server's absolute URL is kept whole: it still names one user, just not one on this record.
  if (/^https?:\/\/\S{1,480}$/.test(claim)) return { ok: true, key: claim };
  return { ok: false, problem: 'the record named its user in a form carelevel does not read (fhirUser)' };
}

/** An issuer as registered and compared: no trailing slash. */
export const issuerKey = (iss: string): string => iss.trim().replace(/\/+$/, '');
