import type { AssessmentsTable } from '../storage/tables.js';

export interface AssessmentView {
  readonly id: string;
  readonly personId: string;
  readonly revision: number;
  readonly supersedes: string | null;
  readonly case: unknown;
  readonly recommendation: unknown;
  readonly rulesVersion: string;
  readonly indicatedLevel: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly signedBy: string | null;
  readonly signedAt: string | null;
}

export const toAssessmentView = (r: AssessmentsTable): AssessmentView => ({
  id: r.id,
  personId: r.person_id,
  revision: r.revision,
  supersedes: r.supersedes,
  case: JSON.parse(r.case_json) as unknown,
  recommendation: JSON.parse(r.recommendation_json) as unknown,
  rulesVersion: r.rules_version,
  indicatedLevel: r.indicated_level,
  createdBy: r.created_by,
  createdAt: r.created_at,
  signedBy: r.signed_by,
  signedAt: r.signed_at,
});
