import type { Task } from '@medplum/fhirtypes';
import { REFERRAL_STATE_SYSTEM } from '../fhir/referral-resources.js';

/** Task statuses in which the program's system has finished with the referral: nothing left to cancel. */
const ENDED: readonly NonNullable<Task['status']>[] = ['cancelled', 'completed', 'rejected', 'failed', 'entered-in-error'];

/**
 * The program's Task as carelevel sends it back when the referring side cancels: `cancelled`, with
 * carelevel's own business status and a fixed reason. The clinician's own words never leave carelevel
 * (they may name the person or their care); the rest of the Task is the program's and stays as it was.
 * Undefined when the program's system has already ended it. Pure.
 */
export function cancelledTask(task: Task, at: string): Task | undefined {
  if (task.status && ENDED.includes(task.status)) return undefined;
  return {
    ...task,
    status: 'cancelled',
    businessStatus: { coding: [{ system: REFERRAL_STATE_SYSTEM, code: 'cancelled' }], text: 'cancelled' },
    statusReason: { text: 'Cancelled by the referring care team' },
    lastModified: at,
  };
}
