import { z } from 'zod';
import { day } from './common.js';

export const summaryQuery = z.object({ from: day.optional(), to: day.optional() });

const waitingTime = z.object({
  /** Referrals in the window that reached the milestone. */
  measured: z.number().int(),
  /** Referrals in the window that have not (yet) reached it. */
  notYet: z.number().int(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
export type WaitingTimeView = z.infer<typeof waitingTime>;

/** Counts only, never a person. */
export const summaryReport = z.object({
  from: day,
  to: day,
  placements: z.object({ total: z.number().int(), byChosenLevel: z.array(z.object({ level: z.string(), count: z.number().int() })) }),
  variance: z.object({
    total: z.number().int(),
    /** Variances that show a gap in services: every reason but a clinician's judgment (an override is not a missing service). */
    serviceGaps: z.number().int(),
    byReason: z.array(z.object({ reason: z.string().nullable(), count: z.number().int() })),
    byLevels: z.array(z.object({ indicatedLevel: z.string(), chosenLevel: z.string(), count: z.number().int() })),
  }),
  referrals: z.object({ total: z.number().int(), byStatus: z.array(z.object({ status: z.string(), count: z.number().int() })) }),
  waiting: z.object({ toAcknowledge: waitingTime, toAdmission: waitingTime }),
});
export type SummaryReportView = z.infer<typeof summaryReport>;
