// Records for the referral, aftercare and dashboard tests, made over the real HTTP API the way the
// workspace would make them: a person, a signed assessment and a determination.
import type { Role } from '@carelevel/contract';
import { devCase } from '@carelevel/engine/testing';
import { PASSWORD, type StaffHarness } from './staff-harness.js';

export interface SampleProgram {
  readonly id: string;
  readonly name: string;
  readonly scope: string;
  readonly address: { readonly zip: string };
  readonly care: { readonly levels: readonly string[] };
}

export interface PersonWithDecision {
  readonly personId: string;
  readonly name: string;
  readonly assessmentId: string;
  readonly indicatedLevel: string;
  readonly chosenLevel: string;
  readonly program: SampleProgram;
}

/**
 * A person assessed near the program-staff user's program, with the level chosen as one that program
 * offers (a variance with a reason when the engine indicated another), so a search finds it.
 */
export async function personWithDecision(
  h: StaffHarness,
  givenName: string,
  familyName: string,
  /** Record a later decision too (before signing), e.g. a variance for the dashboard. */
  redecide?: { readonly chosenLevel: (indicated: string) => string; readonly varianceReason: string; readonly note?: string },
): Promise<PersonWithDecision> {
  const api = await h.apiAs('clinician');
  const program = await api.get<SampleProgram>(`api/v1/programs/${h.programId}`);
  const person = await api.post<{ id: string }>('api/v1/people', { givenName, familyName, birthDate: '1988-04-02' });
  const base = devCase();
  const careCase = { ...base, practical: { ...(base.practical as object), zip: program.address.zip } };
  const assessment = await api.post<{ id: string; indicatedLevel: string }>(`api/v1/people/${person.id}/assessments`, { case: careCase });
  const chosenLevel = program.care.levels.includes(assessment.indicatedLevel)
    ? assessment.indicatedLevel
    : (program.care.levels[0] ?? assessment.indicatedLevel);
  await api.post(`api/v1/people/${person.id}/assessments/${assessment.id}/determination`, {
    chosenLevel,
    ...(chosenLevel !== assessment.indicatedLevel ? { varianceReason: 'not-available-nearby' } : {}),
  });
  if (redecide)
    await api.post(`api/v1/people/${person.id}/assessments/${assessment.id}/determination`, {
      chosenLevel: redecide.chosenLevel(assessment.indicatedLevel),
      varianceReason: redecide.varianceReason,
      ...(redecide.note ? { note: redecide.note } : {}),
    });
  // Decided, then signed: the signature closes the determination too.
  await api.post(`api/v1/people/${person.id}/assessments/${assessment.id}/sign`);
  return {
    personId: person.id,
    name: `${givenName} ${familyName}`,
    assessmentId: assessment.id,
    indicatedLevel: assessment.indicatedLevel,
    chosenLevel,
    program,
  };
}

/** A referral to the program-staff user's program, consent and all, made over the API. */
export async function referralOverApi(h: StaffHarness, personId: string, level?: string): Promise<{ id: string; version: number }> {
  const api = await h.apiAs('navigator');
  await api.post('api/v1/consents', {
    personId,
    programId: h.programId,
    purpose: 'referral',
    shares: ['demographics', 'assessments'],
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  const sent = await api.post<{ referrals: { id: string; version: number }[] }>('api/v1/referrals', {
    personId,
    programIds: [h.programId],
    ...(level ? { level } : {}),
  });
  const r = sent.referrals[0];
  if (!r) throw new Error('no referral made');
  return r;
}

/** A request with If-Match over the API (the harness's client has no PATCH or PUT helper). */
export async function requestAs(
  h: StaffHarness,
  role: Role,
  method: 'PATCH' | 'PUT',
  path: string,
  body: unknown,
  ifMatch?: number,
): Promise<Response> {
  const res = await fetch(`${h.url}api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: h.users[role].email, password: PASSWORD }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return fetch(`${h.url}${path}`, {
    method,
    headers: {
      cookie,
      'x-csrf-token': csrfToken,
      'content-type': 'application/json',
      ...(ifMatch !== undefined ? { 'if-match': `"${ifMatch}"` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Move a referral over the API as program staff, with If-Match (the version read now unless given). */
export async function moveOverApi(h: StaffHarness, id: string, status: string, version?: number): Promise<number> {
  const api = await h.apiAs('program-staff');
  const current = version ?? (await api.get<{ version: number }>(`api/v1/referrals/${id}`)).version;
  // An admission says the day it happened: today, here.
  const body = { status, ...(status === 'admitted' ? { admittedOn: new Date().toISOString().slice(0, 10) } : {}) };
  return (await requestAs(h, 'program-staff', 'PATCH', `api/v1/referrals/${id}`, body, current)).status;
}
