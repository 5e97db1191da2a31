import { DomainError, type ReferralState } from '@carelevel/contract';
import type { Task } from '@medplum/fhirtypes';
import type { Db } from '../db/db.js';
import { planPeerMoves } from './peer-task-moves.js';
import { asProgramSystem } from './system-actors.js';

/** Where warnings go: ids and reasons only, never anything about the person. */
export interface LoopLog {
  warn(fields: Record<string, string | number>, message: string): void;
  info(fields: Record<string, string | number>, message: string): void;
}

/**
 * Bring the carelevel referral to where the program's Task says it is, each step a move of the inbox
 * made as the program's system (same state machine, same consent check, same audit rows). A change
 * that does not fit (stale, a step back, a refused move) is left alone with a warning; the Task is
 * not read again until it changes.
 */
export async function applyPeerTask(db: Db, programId: string, referralId: string, task: Task, log: LoopLog): Promise<ReferralState> {
  const records = asProgramSystem(db, programId).referrals;
  let referral = await records.read(referralId);
  const plan = planPeerMoves(referral.status, task);
  if ('ignore' in plan) {
    if (plan.ignore !== 'unchanged')
      log.warn({ referralId, programId, from: referral.status, peerStatus: task.status, why: plan.ignore }, 'peer task change ignored');
    return referral.status;
  }
  for (const move of plan.moves) {
    try {
      referral = await records.move(referralId, referral.version, move);
      log.info({ referralId, programId, status: referral.status }, 'referral moved by the program system');
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      log.warn({ referralId, programId, from: referral.status, to: move.status, why: err.code }, 'peer task change refused');
      break;
    }
  }
  return referral.status;
}
