import { movesFor, REFERRAL_STATES, type ReferralMove, type ReferralState } from '@carelevel/contract';
import type { Task } from '@medplum/fhirtypes';
import { REFERRAL_STATE_SYSTEM } from '../fhir/referral-resources.js';

/** What the program's system says about its Task, as far as carelevel reads it. */
export type PeerTask = Pick<
  Task,
  'status' | 'businessStatus' | 'statusReason' | 'executionPeriod' | 'restriction' | 'lastModified' | 'meta'
>;

/** The carelevel state a peer's Task.status stands for; none for states only carelevel's side reaches. */
const FROM_TASK_STATUS: Partial<Record<Task['status'], ReferralState>> = {
  received: 'received',
  accepted: 'accepted',
  rejected: 'declined',
  'on-hold': 'waitlisted',
  'in-progress': 'admitted',
  completed: 'completed',
  failed: 'no-show',
};

/**
 * The state the peer's Task puts the referral in: carelevel's own business status when the peer kept
 * it (its code system is ours, so it is exact), else the Task.status as the Gravity referral Task uses it.
 */
export function peerState(task: PeerTask): ReferralState | undefined {
  const ours = task.businessStatus?.coding?.find((c) => c.system === REFERRAL_STATE_SYSTEM)?.code;
  if (ours && (REFERRAL_STATES as readonly string[]).includes(ours)) return ours as ReferralState;
  return FROM_TASK_STATUS[task.status];
}

/** The shortest run of moves the receiving program may make from one state to another (breadth first). */
function pathTo(from: ReferralState, to: ReferralState): ReferralState[] | undefined {
  const queue: ReferralState[][] = [[from]];
  const seen = new Set<ReferralState>([from]);
  for (let path = queue.shift(); path; path = queue.shift()) {
    const last = path[path.length - 1] as ReferralState;
    if (last === to) return path.slice(1);
    for (const next of movesFor(last, 'program-staff'))
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
  }
  return undefined;
}

const day = (iso: string | undefined): string | undefined => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined);

/** What to do with a peer's Task: the moves to make, in order, or why nothing is done. */
export type PeerMovePlan =
  { readonly moves: readonly ReferralMove[] } | { readonly ignore: 'unchanged' | 'no-state' | 'not-reachable' | 'no-reason' };

/**
 * The inbox moves that bring the referral to where the program's system says it is. A peer may skip
 * steps the inbox takes one at a time (accept a referral it never marked received; complete one it
 * never marked in progress), so the steps in between are made too, each a legal move of the same state
 * machine. A state the referral cannot reach from where it is (an older change arriving late, a step
 * back, cancelling, which is the referring side's) is ignored, as is a rejection with no reason (the
 * inbox requires one). Dates: the admission day from the Task's execution period (else the day of the
 * change), the expected admission day from its restriction period.
 */
export function planPeerMoves(current: ReferralState, task: PeerTask): PeerMovePlan {
  const target = peerState(task);
  if (!target) return { ignore: 'no-state' };
  if (target === current) return { ignore: 'unchanged' };
  const path = pathTo(current, target);
  if (!path) return { ignore: 'not-reachable' };
  const reason = task.statusReason?.text?.trim() || task.statusReason?.coding?.[0]?.display || task.statusReason?.coding?.[0]?.code;
  if (target === 'declined' && !reason) return { ignore: 'no-reason' };
  const changedOn = day(task.lastModified) ?? day(task.meta?.lastUpdated);
  const admittedOn = day(task.executionPeriod?.start) ?? changedOn;
  const expectedAdmissionOn = day(task.restriction?.period?.start);
  return {
    moves: path.map((status): ReferralMove => ({
      status,
      ...(status === 'declined' && reason ? { reason } : {}),
      ...(status === 'admitted' && admittedOn ? { admittedOn } : {}),
      ...(status === 'accepted' && expectedAdmissionOn ? { expectedAdmissionOn } : {}),
    })),
  };
}
