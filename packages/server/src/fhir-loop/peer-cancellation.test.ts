import type { Task } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { cancelledTask } from './peer-cancellation.js';

const task: Task = {
  resourceType: 'Task',
  id: 't1',
  meta: { versionId: '3' },
  status: 'accepted',
  intent: 'order',
  businessStatus: { text: 'Intake booked' },
  note: [{ text: 'the program’s own note' }],
};

describe('telling a program’s system that a referral is cancelled', () => {
  it('sets the Task cancelled with carelevel’s business status and a fixed reason, keeping the rest as the program had it', () => {
    const changed = cancelledTask(task, '2026-12-05T20:00:00.000Z');
    expect(changed).toMatchObject({
      id: 't1',
      meta: { versionId: '3' },
      status: 'cancelled',
      businessStatus: { coding: [{ code: 'cancelled' }] },
      statusReason: { text: 'Cancelled by the referring care team' },
      lastModified: '2026-12-05T20:00:00.000Z',
      note: [{ text: 'the program’s own note' }],
    });
  });

  it('leaves a Task the program has already ended alone', () => {
    for (const status of ['completed', 'rejected', 'failed', 'cancelled'] as const)
      expect(cancelledTask({ ...task, status }, 'now')).toBeUndefined();
  });
});
