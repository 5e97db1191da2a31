import { describe, expect, it } from 'vitest';
import { notifiedTaskIds } from './notified-tasks.js';

describe('the Tasks a subscription notification names', () => {
  it('reads the R4 backport SubscriptionStatus focus, full Task payloads and entry URLs', () => {
    expect(
      notifiedTaskIds({
        resourceType: 'Bundle',
        type: 'history',
        entry: [
          {
            resource: {
              resourceType: 'Parameters',
              parameter: [
                {
                  name: 'notification-event',
                  part: [{ name: 'focus', valueReference: { reference: 'https://peer.example/fhir/Task/a1' } }],
                },
              ],
            },
          },
          { resource: { resourceType: 'Task', id: 'b2', status: 'accepted', intent: 'order' } },
          { fullUrl: 'https://peer.example/fhir/Task/c3/_history/2' },
          { fullUrl: 'https://peer.example/fhir/Patient/p' },
        ],
      }),
    ).toEqual(['a1', 'b2', 'c3']);
  });
});
