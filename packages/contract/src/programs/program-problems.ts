/** What can be wrong with a listing, as the finder and the staff search offer it (no zod here: the public pages import it). */
export const PROGRAM_PROBLEMS = ['closed', 'wrong-phone', 'wrong-address', 'service-not-offered', 'insurance-not-taken', 'other'] as const;
export type ProgramProblem = (typeof PROGRAM_PROBLEMS)[number];
