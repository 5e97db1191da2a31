import type { Db } from '../db/db.js';
import { observationsOf } from '../fhir/observation.js';
import { applyPeerTask, type LoopLog } from './apply-peer-task.js';
import { deliveryBundle, peerTaskId } from './delivery-bundle.js';
import { claimDueDeliveries, claimDueFollows, settle, type DeliveryRow } from './delivery-store.js';
import { BackendTokens } from './backend-tokens.js';
import { endpointHostProblem } from './endpoint-hosts.js';
import { readEndpoint } from './endpoint-store.js';
import { changedTask, postTransaction, readTask, updateTask, type Fetch, type PeerAnswer, type PeerEndpoint } from './peer-client.js';
import { cancelledTask } from './peer-cancellation.js';
import { describeFailure, nextStep, type AttemptFailure } from './retry-schedule.js';
import { asDeliveryWorker } from './system-actors.js';

export interface WorkerSettings {
  /** How often a delivered referral's Task is read again from the program's system. */
  readonly pollEveryMs: number;
  /** How long an instance holds a row it took; after that (it died) another instance may take it. */
  readonly holdMs: number;
  /** Rows taken per round. */
  readonly batch: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = { pollEveryMs: 60_000, holdMs: 120_000, batch: 20 };

/** What the worker needs from outside: the database, the clock, chance, the network and a log. Tests pass their own. */
export interface WorkerDeps {
  readonly db: Db;
  readonly clock: () => Date;
  readonly random: () => number;
  readonly fetch: Fetch;
  readonly log: LoopLog;
  readonly settings?: Partial<WorkerSettings>;
  /** The only hosts program FHIR servers may be on (CARELEVEL_FHIR_ENDPOINT_HOSTS); any https host when unset. */
  readonly endpointHosts?: readonly string[] | undefined;
}

const iso = (d: Date): string => d.toISOString();

/** What a failed attempt of each kind of work is stored and logged as. */
interface FailedWork {
  readonly what: 'the referral' | 'the cancellation';
  readonly waiting: string;
  readonly stopped: string;
  readonly logMessage: string;
}
const FAILED_DELIVERY: FailedWork = {
  what: 'the referral',
  waiting: 'pending',
  stopped: 'needs-attention',
  logMessage: 'referral delivery failed',
};
const FAILED_CANCELLATION: FailedWork = {
  what: 'the cancellation',
  waiting: 'cancel-due',
  stopped: 'cancel-stopped',
  logMessage: 'cancellation to the program system failed',
};

/** The worker as the rest of the server sees it (an interface: the app's type declarations name no class internals). */
export interface FhirDelivery {
  runOnce(): Promise<void>;
  deliverDue(): Promise<void>;
  followDue(only?: readonly string[]): Promise<void>;
  kick(): void;
  start(everyMs: number): void;
  stop(): Promise<void>;
}

/**
 * Sends queued referrals to programs' systems and follows their Tasks. Each round takes the rows that
 * are due (a claim no other instance can also win), works on them and settles them; everything it
 * knows is in the rows, so a restart or a second instance picks up where it left off.
 */
export class DeliveryWorker implements FhirDelivery {
  private readonly settings: WorkerSettings;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Client-credentials tokens for programs' servers that use SMART Backend Services. */
  private readonly tokens: BackendTokens;

  constructor(private readonly deps: WorkerDeps) {
    this.settings = { ...DEFAULT_WORKER_SETTINGS, ...deps.settings };
    this.tokens = new BackendTokens(deps.fetch, deps.clock);
  }

  /** One round: send what is due, then read the Tasks that are due. */
  async runOnce(): Promise<void> {
    await this.deliverDue();
    await this.followDue();
  }

  async deliverDue(): Promise<void> {
    const now = this.deps.clock();
    const rows = await claimDueDeliveries(this.deps.db, iso(now), iso(new Date(now.getTime() + this.settings.holdMs)), this.settings.batch);
    for (const row of rows) await this.guarded(row, () => (row.status === 'cancel-due' ? this.cancel(row) : this.deliver(row)));
  }

  /** Follow delivered referrals due a poll, or (from a notification) just these deliveries now. */
  async followDue(only?: readonly string[]): Promise<void> {
    const now = this.deps.clock();
    const rows = await claimDueFollows(
      this.deps.db,
      iso(now),
      iso(new Date(now.getTime() - this.settings.pollEveryMs)),
      iso(new Date(now.getTime() + this.settings.holdMs)),
      this.settings.batch,
      only,
    );
    for (const row of rows) await this.guarded(row, () => this.follow(row));
  }

  /**
   * One row's work, kept from stopping the round: an unexpected error is logged (its name only) and the
   * row stays held until its hold passes, then is taken again.
   */
  private async guarded(row: DeliveryRow, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.deps.log.warn(
        { referralId: row.referral_id, programId: row.program_id, error: err instanceof Error ? err.name : 'error' },
        'fhir delivery row failed',
      );
    }
  }

  /** The program's FHIR server, or why carelevel may not send there (gone, or not an allowed host now). */
  private async endpoint(programId: string): Promise<PeerEndpoint | string> {
    const stored = await readEndpoint(this.deps.db, programId);
    if (!stored) return 'the program no longer has a FHIR endpoint';
    const problem = endpointHostProblem(stored.baseUrl, this.deps.endpointHosts);
    if (problem) return `the program's FHIR address ${problem}`;
    const { credential, baseUrl } = stored;
    return {
      programId,
      baseUrl,
      bearer: async () =>
        credential.auth === 'smart-backend'
          ? await this.tokens.token({ programId, baseUrl, ...credential })
          : { ok: true, body: credential.auth === 'bearer' ? credential.bearerToken : null },
      refused: () => {
        this.tokens.forget(programId);
        return credential.auth === 'smart-backend';
      },
    };
  }

  private async deliver(row: DeliveryRow): Promise<void> {
    const { db, log } = this.deps;
    const at = this.deps.clock();
    const peer = await this.endpoint(row.program_id);
    const stop = (status: string, why: string) => settle(db, row.id, { status, last_error: why }, iso(at));
    if (typeof peer === 'string') return stop('needs-attention', peer);
    const records = asDeliveryWorker(db);
    const referral = await records.referrals.read(row.referral_id);
    // Once the referral has moved on (the program took it up in carelevel's inbox) or ended, sending it
    // as a new request would only confuse the program's system.
    if (referral.status !== 'requested') return stop('withdrawn', `not sent: the referral is ${referral.status}`);
    const consent = (await records.consents.list(referral.personId)).find((c) => c.id === referral.consentId);
    // Part 2: nothing is disclosed without the person's live consent to this program.
    if (!consent?.live) return stop('needs-attention', "not sent: the person's consent to this program is no longer live");
    const person = await records.people.read(referral.personId);
    const signed = consent.shares.includes('assessments')
      ? (await records.assessments.listWithDeterminations(referral.personId)).find((a) => a.signedAt)
      : undefined;
    const bundle = deliveryBundle({ person, referral, consent, observations: signed ? observationsOf(signed) : [] });
    const answer = await postTransaction(this.deps.fetch, peer, bundle);
    const attempts = row.attempts + 1;
    if (answer.ok) {
      const taskId = peerTaskId(answer.body);
      const task = (answer.body.entry ?? []).find((e) => e.resource?.resourceType === 'Task')?.resource;
      await settle(
        db,
        row.id,
        {
          status: taskId ? 'delivered' : 'needs-attention',
          attempts,
          last_error: taskId ? null : "the program's system took the referral but did not say which Task it made",
          peer_task_id: taskId ?? null,
          peer_seen_at: task?.meta?.lastUpdated ?? null,
          peer_polled_at: iso(at),
          delivered_at: iso(at),
        },
        iso(at),
      );
      log.info({ referralId: row.referral_id, programId: row.program_id, attempts }, 'referral delivered to the program system');
      return;
    }
    await this.failed(row, answer.failure, attempts, at, FAILED_DELIVERY);
  }

  /**
   * Tell the program's system that the referring side cancelled: its Task set to cancelled. Failures
   * retry on the delivery's own schedule and stop for a person the same way.
   */
  private async cancel(row: DeliveryRow): Promise<void> {
    const { db, log } = this.deps;
    const at = this.deps.clock();
    const peer = await this.endpoint(row.program_id);
    if (typeof peer === 'string' || !row.peer_task_id)
      return settle(db, row.id, { status: 'cancel-stopped', last_error: typeof peer === 'string' ? peer : 'no Task to cancel' }, iso(at));
    const answer = await this.setTaskCancelled(peer, row.peer_task_id, iso(at));
    const attempts = row.attempts + 1;
    if (answer.ok) {
      await settle(db, row.id, { status: 'cancel-sent', attempts, last_error: null }, iso(at));
      log.info({ referralId: row.referral_id, programId: row.program_id, attempts }, 'cancellation told to the program system');
      return;
    }
    await this.failed(row, answer.failure, attempts, at, FAILED_CANCELLATION);
  }

  /** A failed attempt: wait and try again on the schedule, or stop for a person. */
  private async failed(row: DeliveryRow, failure: AttemptFailure, attempts: number, at: Date, as: FailedWork): Promise<void> {
    const next = nextStep(failure, attempts, at, this.deps.random());
    const lastError = describeFailure(failure, as.what);
    await settle(
      this.deps.db,
      row.id,
      'giveUp' in next
        ? { status: as.stopped, attempts, last_error: lastError }
        : { status: as.waiting, attempts, last_error: lastError, next_attempt_at: iso(next.retryAt) },
      iso(at),
    );
    this.deps.log.warn({ referralId: row.referral_id, programId: row.program_id, attempts, error: lastError }, as.logMessage);
  }

  /** Read the Task, change it, write it back If-Match; read again when the program changed it in between. */
  private async setTaskCancelled(peer: PeerEndpoint, taskId: string, at: string): Promise<PeerAnswer<unknown>> {
    let last: PeerAnswer<unknown> = { ok: false, failure: { kind: 'http', status: 412 } };
    for (let round = 0; round < 3; round++) {
      const read = await readTask(this.deps.fetch, peer, taskId);
      if (!read.ok) return read;
      const changed = cancelledTask(read.body, at);
      // The program's system had already ended it: nothing is left to cancel there.
      if (!changed) return { ok: true, body: null };
      last = await updateTask(this.deps.fetch, peer, changed);
      if (last.ok || last.failure.kind !== 'http' || last.failure.status !== 412) return last;
    }
    return last;
  }

  private async follow(row: DeliveryRow): Promise<void> {
    const { db, log } = this.deps;
    const at = iso(this.deps.clock());
    const peer = await this.endpoint(row.program_id);
    if (typeof peer === 'string' || !row.peer_task_id) return settle(db, row.id, { peer_polled_at: at }, at);
    const answer = await changedTask(this.deps.fetch, peer, row.peer_task_id, row.peer_seen_at);
    if (!answer.ok) {
      // A poll that fails is simply made again next time; the delivery itself stands.
      log.warn({ referralId: row.referral_id, programId: row.program_id, error: describeFailure(answer.failure) }, 'peer task poll failed');
      return settle(db, row.id, { peer_polled_at: at }, at);
    }
    const task = answer.body;
    if (task) await applyPeerTask(db, row.program_id, row.referral_id, task, log);
    await settle(db, row.id, { peer_polled_at: at, ...(task?.meta?.lastUpdated ? { peer_seen_at: task.meta.lastUpdated } : {}) }, at);
  }

  /** Run a round every `everyMs` in the background (not overlapping itself); errors are logged, never thrown. */
  start(everyMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.kick();
    }, everyMs);
    this.timer.unref();
  }

  /** A round now rather than at the next tick (a clinician asked to try again); only while started. */
  kick(): void {
    if (!this.timer || this.running) return;
    this.running = this.runOnce()
      .catch((err: unknown) => {
        this.deps.log.warn({ error: err instanceof Error ? err.name : 'error' }, 'fhir delivery round failed');
      })
      .finally(() => (this.running = undefined));
  }

  /** Stop the rounds and wait for the one under way (a row it held is freed when its hold passes anyway). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
