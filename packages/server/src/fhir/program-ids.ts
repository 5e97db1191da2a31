/**
 * Directory ids as FHIR ids. FHIR allows only letters, digits, `-` and `.` (64 at most); our ids are
 * `p_<hash>` or whatever id a program's own file gave. A letter-first id of letters, digits, `_` and
 * `-` keeps its shape with `.` for `_`; any other id is written as `.` and its UTF-8 in hex. Both ways
 * are reversible, and no id of the first kind starts with `.`.
 */
export function programFhirId(id: string): string | null {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id)) return id.replace(/_/g, '.');
  const hex = `.${Buffer.from(id, 'utf8').toString('hex')}`;
  return hex.length <= 64 ? hex : null;
}

export function programIdOf(fhirId: string): string {
  return fhirId.startsWith('.') ? Buffer.from(fhirId.slice(1), 'hex').toString('utf8') : fhirId.replace(/\./g, '_');
}
