import type { SourceText } from '../csv/csv-pieces.js';
import type { AssembleContext, Assembled } from './assemble-program.js';
import type { ImportIssue } from './import-issue.js';
import type { Program } from '../model/program.js';

/** What one row of an import file became: a program, or the reasons it could not be one. */
export type RowOutcome =
  | { readonly line: number; readonly program: Program }
  | {
      readonly line: number;
      readonly issues: readonly ImportIssue[];
      /** The id of the listing the row names, when its source id tells it (see Assembled). */
      readonly programId?: string;
    };

export type ReadContext = AssembleContext;

/** A format's reader: pure text in (whole, or a file's in pieces), row outcomes out. Layout problems throw ImportFileError. */
export type FormatReader = (text: SourceText, ctx: ReadContext) => Iterable<RowOutcome>;

/** A row's outcome from what assembleProgram made of it (keeping the id of a listing it could not read). */
export function rowOutcome(line: number, result: Assembled): RowOutcome {
  if (result.program) return { line, program: result.program };
  return result.programId === undefined ? { line, issues: result.issues } : { line, issues: result.issues, programId: result.programId };
}
