/** One problem with one value in an import file, located so a person can find and fix it. */
export interface ImportIssue {
  readonly file: string;
  /** 1-based; 0 when the problem is the file as a whole. */
  readonly line: number;
  /** 1-based character column; 0 when not known (JSON values are located by line and path). */
  readonly column: number;
  /** The column header or JSON path at fault. */
  readonly field: string;
  /** The rule that was broken, in plain words. */
  readonly message: string;
}

export function formatIssue(i: ImportIssue): string {
  const at = i.line > 0 ? `${i.file}:${i.line}${i.column > 0 ? `:${i.column}` : ''}` : i.file;
  return `${at}: ${i.field ? `${i.field}: ` : ''}${i.message}`;
}

/** A file that cannot be imported at all (layout, encoding, syntax); nothing from it lands. */
export class ImportFileError extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ImportFileError';
  }
}
