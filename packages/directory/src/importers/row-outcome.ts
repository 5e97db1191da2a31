import type { AssembleContext } from './assemble-program.js';
import type { ImportIssue } from './import-issue.js';
import type { Program } from '../model/program.js';

/** What one row of an import file became: a program, or the reasons it could not be one. */
export type RowOutcome =
  { readonly line: number; readonly program: Program } | { readonly line: number; readonly issues: readonly ImportIssue[] };

export type ReadContext = AssembleContext;

/** A format's reader: pure text in, row outcomes out. Layout problems throw ImportFileError. */
export type FormatReader = (text: string, ctx: ReadContext) => Iterable<RowOutcome>;
