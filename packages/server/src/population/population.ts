import { checkMove, checkMoveDates, DomainError, failIf, under, type ReferralState } from '@carelevel/contract';
import { seededRandom } from '@carelevel/directory';
import { validateAftercarePlan } from '@carelevel/engine';
import type { Insertable } from 'kysely';
import type {
  AppTables,
  AftercarePlansTable,
  AssessmentsTable,
  ConsentsTable,
  DeterminationsTable,
  PeopleTable,
  ReferralsTable,
  ReferralTransitionsTable,
} from '@carelevel/storage';
import { evaluateCase } from '../assessments/case-body.js';
import { chainAppends, type AuditAppend } from '../audit/chain-append.js';
import type { AuditEntry } from '../audit/audit-store.js';
import { consentRows } from '../consents/consent-records.js';
import type { Db } from '../db/db.js';
import { enqueueDeliveries } from '../fhir-loop/delivery-store.js';
import { milestonesAfterMove, NOT_YET_REACHED } from '../referrals/referral-milestones.js';
import { handoffFrom } from '../referrals/referral-store.js';
import { countFirstDeterminations } from '../reports/determination-counts.js';
import { countReferrals } from '../reports/referral-counts.js';

/**
 * A fictional population made fast for the scale benchmark (issue 16), by the rules the API applies
 * rather than around them: every case is judged and evaluated by the engine (`evaluateCase`, as the
 * assessment route does), consents come from `consentRows` (which refuses one already ended), each
 * referral move is checked by `checkMove`/`checkMoveDates` as the inbox does, the hand-off is built by
 * `handoffFrom` as a new referral's is, plans are judged by the engine's plan schema, referrals are
 * queued for FHIR delivery as `create` does, and every row the API would audit gets its audit row,
 * linked into the one hash chain by `chainAppends` (so `carelevel audit verify` passes). What it skips
 * is the round trip per record: a batch of people goes in as a few multi-row statements in one
 * transaction. Seeded: a batch's seed decides its names, counts, dates, ids and choices.
 */
export interface PopulationBatch {
  /** Decides everything in the batch; different batches need different seeds. */
  readonly seed: number;
  readonly people: number;
  /** Care cases to vary (each is validated by the engine as it is used). */
  readonly cases: readonly object[];
  /** Referrals go to these programs (70% to `busyPrograms`, the rest to `programs`). */
  readonly busyPrograms: readonly string[];
  readonly programs: readonly string[];
  readonly clinician: { readonly id: string; readonly email: string };
  /** Program staff who move referrals, by program; an admin (`mover`) moves the others. */
  readonly staffByProgram: ReadonlyMap<string, string>;
  readonly mover: string;
  /** Records are dated over the `spanDays` before this moment. */
  readonly asOf: Date;
  readonly spanDays: number;
}

/** What the workload needs from a batch: some people to look up, and referrals still open. */
export interface PopulationMade {
  readonly people: readonly { readonly id: string; readonly familyName: string }[];
  readonly openReferrals: readonly { readonly id: string; readonly programId: string; readonly version: number; readonly status: string }[];
  readonly rows: number;
}

const GIVEN = [
  'Ana',
  'Ben',
  'Carla',
  'Dev',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'June',
  'Kofi',
  'Lena',
  'Marco',
  'Nia',
  'Omar',
  'Priya',
];
const FAMILY = ['Garcia', 'Smith', 'Nguyen', 'Johnson', 'Okafor', 'Brown', 'Lopez', 'Kim', 'Davis', 'Patel', 'Silva', 'Miller', 'Haddad'];
const LANGUAGES = [null, null, null, 'en', 'es', 'vi'];
/** The paths a referral takes through its states; each step is checked as the inbox checks it. */
const PATHS: readonly (readonly ReferralState[])[] = [
  [],
  ['received'],
  ['received', 'accepted'],
  ['received', 'waitlisted'],
  ['received', 'accepted', 'admitted'],
  ['received', 'accepted', 'admitted', 'completed'],
  ['received', 'declined'],
  ['cancelled'],
];
const PLAN = {
  format: 'carelevel-aftercare/1',
  components: [{ kind: 'support-groups', frequency: 'weekly' }],
  relapsePrevention: { triggers: ['payday'], copingSteps: ['call a friend'], peopleToCall: [] },
  crisisPlan: { steps: [], contacts: [] },
};
const IP = '127.0.0.1';
/** Rows per INSERT: under SQLite's and PostgreSQL's variable limits for the widest table here. */
const CHUNK = 400;

/** Rows in statements of `CHUNK`: one round trip per chunk, not per row. */
async function insertChunked<T extends keyof AppTables>(tx: Db, table: T, rows: readonly Insertable<AppTables[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** Make one batch of people with their records and audit rows, in one transaction. */
export async function addPopulationBatch(db: Db, b: PopulationBatch): Promise<PopulationMade> {
  const rand = seededRandom(b.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const id = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;
  const end = b.asOf.getTime();
  const iso = (ms: number): string => new Date(Math.min(ms, end)).toISOString();
  const minutes = (m: number): number => m * 60_000;

  const planIssues = validateAftercarePlan(PLAN);
  failIf('invalid-request', under(['plan'], planIssues));
  const expiresAt = new Date(end + 400 * 86_400_000).toISOString();

  const people: PeopleTable[] = [];
  const assessments: AssessmentsTable[] = [];
  const determinations: DeterminationsTable[] = [];
  const consents: ConsentsTable[] = [];
  const referrals: ReferralsTable[] = [];
  const moves: ReferralTransitionsTable[] = [];
  const plans: AftercarePlansTable[] = [];
  const byClinician: AuditEntry[] = [];
  const byActor = new Map<string, AuditEntry[]>();
  const audit = (actor: string, e: AuditEntry): void => {
    if (actor === b.clinician.id) byClinician.push(e);
    else {
      const list = byActor.get(actor) ?? [];
      list.push(e);
      byActor.set(actor, list);
    }
  };

  for (let p = 0; p < b.people; p++) {
    const personId = id();
    let t = end - Math.floor(rand() * b.spanDays * 86_400_000);
    const person: PeopleTable = {
      id: personId,
      given_name: pick(GIVEN),
      family_name: `${pick(FAMILY)}${int(1, 999)}`,
      birth_date: `${int(1950, 2006)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      preferred_language: pick(LANGUAGES),
      version: 1,
      created_by: b.clinician.id,
      created_at: iso(t),
      updated_at: iso(t),
    };
    people.push(person);
    audit(b.clinician.id, { action: 'create', entityType: 'person', entityId: personId, personId });

    let previous: AssessmentsTable | undefined;
    let decided: DeterminationsTable | undefined;
    let latest: AssessmentsTable | undefined;
    const count = int(2, 8); // 5 on average
    for (let i = 0; i < count; i++) {
      t += minutes(int(60, 60 * 24 * 20));
      const base = pick(b.cases) as { instruments?: object };
      const careCase = {
        ...base,
        instruments: {
          ...(base.instruments ?? {}),
          phq9: Array.from({ length: 9 }, () => int(0, 3)),
          auditC: [int(0, 4), int(0, 4), int(0, 4)],
        },
      };
      const recommendation = evaluateCase(careCase, 'en', ['case']);
      const row: AssessmentsTable = {
        id: id(),
        person_id: personId,
        revision: previous ? previous.revision + 1 : 1,
        supersedes: previous?.id ?? null,
        case_json: JSON.stringify(careCase),
        recommendation_json: JSON.stringify(recommendation),
        rules_version: recommendation.rulesVersion,
        indicated_level: recommendation.level,
        created_by: b.clinician.id,
        created_at: iso(t),
        signed_by: null,
        signed_at: null,
      };
      assessments.push(row);
      audit(b.clinician.id, { action: 'create', entityType: 'assessment', entityId: row.id, personId });
      latest = row;
      if (rand() < 0.6) {
        // The indicated level chosen, so no variance reason is owed (the route's rule).
        const d: DeterminationsTable = {
          id: id(),
          assessment_id: row.id,
          person_id: personId,
          indicated_level: row.indicated_level,
          chosen_level: row.indicated_level,
          variance_reason: null,
          note: null,
          decided_by: b.clinician.id,
          decided_at: iso(t + minutes(int(1, 30))),
          adjustments_json: null,
          indicated_withdrawal_management: recommendation.withdrawalManagement,
          withdrawal_management: recommendation.withdrawalManagement,
        };
        determinations.push(d);
        decided = d;
        audit(b.clinician.id, { action: 'create', entityType: 'determination', entityId: d.id, personId });
        if (rand() < 0.5) {
          // Signed after its determination: nothing changes it after.
          row.signed_by = b.clinician.id;
          row.signed_at = iso(t + minutes(40));
          audit(b.clinician.id, { action: 'sign', entityType: 'assessment', entityId: row.id, personId });
        }
      }
      previous = i % 3 === 2 ? undefined : row;
    }
    person.updated_at = iso(t);

    if (rand() < 0.5) {
      const programId = rand() < 0.7 ? pick(b.busyPrograms) : pick(b.programs);
      const at = iso(t + minutes(int(60, 600)));
      const [consent] = consentRows(
        personId,
        [programId],
        { purpose: 'referral', shares: ['demographics', 'assessments', 'timeline', 'aftercare'], expiresAt },
        b.clinician.id,
        ['consent'],
      );
      if (!consent) throw new Error('one program gives one consent row');
      consents.push({ ...consent, id: id(), created_at: at });
      const referral: ReferralsTable = {
        id: id(),
        group_id: id(),
        person_id: personId,
        program_id: programId,
        consent_id: consents.at(-1)?.id ?? '',
        level: decided?.chosen_level ?? null,
        status: 'requested',
        reason: null,
        version: 1,
        created_by: b.clinician.id,
        created_at: at,
        updated_at: at,
        note: null,
        urgency: pick(['routine', 'routine', 'soon', 'urgent']),
        handoff_json: JSON.stringify(
          handoffFrom(decided, decided ? assessments.find((a) => a.id === decided?.assessment_id) : latest, b.clinician.email),
        ),
        expected_admission_on: null,
        admitted_on: null,
        ...NOT_YET_REACHED,
      };
      moves.push({
        id: id(),
        referral_id: referral.id,
        from_status: null,
        to_status: 'requested',
        reason: null,
        by_user: b.clinician.id,
        at,
      });
      audit(b.clinician.id, { action: 'create', entityType: 'consent', entityId: referral.consent_id, personId });
      audit(b.clinician.id, { action: 'create', entityType: 'referral', entityId: referral.id, personId });
      let moved = Date.parse(at);
      for (const to of pick(PATHS)) {
        const role = to === 'cancelled' ? 'clinician' : 'program-staff';
        const by = to === 'cancelled' ? b.clinician.id : (b.staffByProgram.get(programId) ?? b.mover);
        const reason = to === 'declined' ? 'no opening this month' : undefined;
        const check = checkMove(referral.status as ReferralState, to, role, reason);
        if (!check.ok) throw new DomainError(check.code, [{ path: ['status'], message: check.message }]);
        moved += minutes(int(30, 60 * 24 * 4));
        const dates = to === 'admitted' ? { admittedOn: iso(moved).slice(0, 10) } : {};
        failIf('invalid-request', checkMoveDates(to, dates, referral.created_at, b.asOf));
        moves.push({
          id: id(),
          referral_id: referral.id,
          from_status: referral.status,
          to_status: to,
          reason: reason ?? null,
          by_user: by,
          at: iso(moved),
        });
        Object.assign(referral, {
          status: to,
          reason: reason ?? referral.reason,
          version: referral.version + 1,
          updated_at: iso(moved),
          admitted_on: dates.admittedOn ?? referral.admitted_on,
          ...milestonesAfterMove(referral, to, iso(moved)),
        });
        audit(by, { action: 'transition', entityType: 'referral', entityId: referral.id, personId });
      }
      referrals.push(referral);
    }

    if (rand() < 0.3) {
      const at = iso(t + minutes(int(60, 6000)));
      const plan: AftercarePlansTable = {
        id: id(),
        person_id: personId,
        plan_json: JSON.stringify(PLAN),
        version: 1,
        created_by: b.clinician.id,
        created_at: at,
        updated_at: at,
      };
      plans.push(plan);
      audit(b.clinician.id, { action: 'create', entityType: 'aftercare-plan', entityId: plan.id, personId });
    }
  }

  const appends: AuditAppend[] = [
    { entries: byClinician, by: { actorId: b.clinician.id, ip: IP } },
    ...[...byActor].map(([actorId, entries]) => ({ entries, by: { actorId, ip: IP } })),
  ];
  await db.transaction().execute(async (tx) => {
    await insertChunked(tx, 'people', people);
    await insertChunked(tx, 'assessments', assessments);
    await insertChunked(tx, 'determinations', determinations);
    // Each is the only determination on its assessment, so each is counted as the latest.
    await countFirstDeterminations(tx, determinations);
    await insertChunked(tx, 'consents', consents);
    await insertChunked(tx, 'referrals', referrals);
    await insertChunked(tx, 'referral_transitions', moves);
    // Counted as they stand after their moves, as the app's moves would have left the counts.
    await countReferrals(
      tx,
      referrals.map((after) => ({ after })),
    );
    await insertChunked(tx, 'aftercare_plans', plans);
    await enqueueDeliveries(tx, referrals, b.asOf.toISOString());
    // Last, so the chain's lock is held only for the audit rows and the commit.
    await chainAppends(tx, appends);
  });
  return {
    people: people.map((p) => ({ id: p.id, familyName: p.family_name })),
    openReferrals: referrals
      .filter((r) => r.status === 'requested')
      .map((r) => ({ id: r.id, programId: r.program_id, version: r.version, status: r.status })),
    rows:
      people.length +
      assessments.length +
      determinations.length +
      consents.length +
      referrals.length +
      moves.length +
      plans.length +
      appends.reduce((n, a) => n + a.entries.length, 0),
  };
}
