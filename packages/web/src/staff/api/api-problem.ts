import { problemSchema, type FieldIssue } from '@carelevel/contract';

/**
 * An `application/problem+json` answer (the contract's problem document), or a network failure
 * turned into the same shape so every caller handles one kind of error.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldIssue[];

  constructor(
    status: number,
    problem: {
      readonly code: string;
      readonly title: string;
      readonly detail?: string | undefined;
      readonly errors?: readonly FieldIssue[];
    },
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** The same problem with its issues rewritten (a form that names a field differently from the request). */
  withIssues(rewrite: (issue: FieldIssue) => FieldIssue): ApiProblem {
    return new ApiProblem(this.status, { code: this.code, title: this.title, detail: this.detail, errors: this.errors.map(rewrite) });
  }

  /** Read a problem document from a parsed body; anything else (a proxy's error page) becomes a generic problem for the status. */
  static from(status: number, body: unknown): ApiProblem {
    const parsed = problemSchema.safeParse(body);
    return parsed.success
      ? new ApiProblem(status, parsed.data)
      : new ApiProblem(status, { code: `http-${status}`, title: `Request failed (${status})` });
  }

  /** The server could not be reached at all. */
  static network(): ApiProblem {
    return new ApiProblem(0, { code: 'network', title: 'The server could not be reached. Check the connection and try again.' });
  }
}

export const isApiProblem = (e: unknown): e is ApiProblem => e instanceof ApiProblem;
