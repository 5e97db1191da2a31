import type { DeterminationsTable } from '../storage/tables.js';
import { parseAdjustments, type Adjustment } from './adjustments.js';

export interface DeterminationView {
  readonly id: string;
  readonly assessmentId: string;
  readonly indicatedLevel: string;
  readonly chosenLevel: string;
  readonly varianceReason: string | null;
  readonly note: string | null;
  /** The clinician's rating changes, each beside the engine's rating it replaces. */
  readonly adjustments: readonly Adjustment[];
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export const toDeterminationView = (r: DeterminationsTable): DeterminationView => ({
  id: r.id,
  assessmentId: r.assessment_id,
  indicatedLevel: r.indicated_level,
  chosenLevel: r.chosen_level,
  varianceReason: r.variance_reason,
  note: r.note,
  adjustments: parseAdjustments(r.adjustments_json),
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});
