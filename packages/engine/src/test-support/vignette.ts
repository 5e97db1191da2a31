/** What a vignette expects (shared/cases/dev and packages/engine/test-vignettes use the same shape). */
export interface VignetteExpectation {
  level: string;
  acceptable: string[];
  /** A level, or "any-but-none". */
  withdrawalManagement: string;
  /** A crisis kind, null for none, or "any". */
  crisis: string | null;
  offerMedication?: string[];
  mustListAssumptions?: boolean;
}
