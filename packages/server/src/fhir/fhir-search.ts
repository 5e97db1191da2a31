import { DomainError } from '@carelevel/contract';
import type { Coding } from '@medplum/fhirtypes';

/** carelevel's own ids (people, assessments, referrals) are UUIDs, minted in lower case. */
export const isCarelevelId = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** `Patient/ID` or `ID`, as FHIR reference search parameters allow. */
export function referencedId(value: string, type: string, field: string): string {
  const id = value.startsWith(`${type}/`) ? value.slice(type.length + 1) : value;
  if (!isCarelevelId(id.toLowerCase()))
    throw new DomainError('invalid-request', [
      {
        path: field === 'subject' ? ['body', 'subject', 'reference'] : ['query', field],
        message: `must be ${type}/ID or ID, with a carelevel id`,
      },
    ]);
  return id;
}

/** A token search (`system|code`, `code`, or `system|`), any of several separated by commas. */
export function tokenMatcher(value: string | undefined): (codings: readonly Coding[]) => boolean {
  if (value === undefined) return () => true;
  const wanted = value.split(',').map((t) => {
    const bar = t.indexOf('|');
    return bar < 0 ? { code: t } : { system: t.slice(0, bar), code: t.slice(bar + 1) };
  });
  return (codings) =>
    codings.some((c) => wanted.some((w) => (w.system === undefined || w.system === c.system) && (w.code === '' || w.code === c.code)));
}

const DATE_PARAM = /^(eq|ge|gt|le|lt)?(\d{4}(-\d{2}(-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?)$/;

/** `date` search prefixes on an instant; a day or month without a prefix matches within it. */
export function dateMatcher(values: readonly string[]): (instant: string) => boolean {
  const tests = values.map((v) => {
    const m = DATE_PARAM.exec(v);
    if (!m?.[2])
      throw new DomainError('invalid-request', [
        { path: ['query', 'date'], message: 'must be a date like 2026-03-01, with an optional eq, ge, gt, le or lt prefix' },
      ]);
    const prefix = m[1] ?? 'eq';
    const at = m[2];
    return (instant: string): boolean => {
      const same = instant.startsWith(at);
      if (prefix === 'eq') return same;
      if (prefix === 'ge') return same || instant > at;
      if (prefix === 'le') return same || instant < at;
      if (prefix === 'gt') return !same && instant > at;
      return !same && instant < at;
    };
  });
  return (instant) => tests.every((t) => t(instant));
}
