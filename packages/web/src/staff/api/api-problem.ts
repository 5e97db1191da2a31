/** One field at fault, as the server names it (`body.case.withdrawal.ciwaAr`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * An `application/problem+json` answer (RFC 9457 with our `code` and `errors`), or a network failure
 * turned into the same shape so every caller handles one kind of error.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldProblem[];

  constructor(status: number, code: string, title: string, errors: readonly FieldProblem[] = [], detail?: string) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /** Read a problem document from a parsed body; anything else becomes a generic problem for the status. */
  static from(status: number, body: unknown): ApiProblem {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const errors = Array.isArray(b.errors)
      ? b.errors.flatMap((e: unknown) => {
          const f = e as Partial<FieldProblem> | null;
          return typeof f?.path === 'string' && typeof f.message === 'string' ? [{ path: f.path, message: f.message }] : [];
        })
      : [];
    const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
    return new ApiProblem(
      status,
      str(b.code, `http-${status}`),
      str(b.title, `Request failed (${status})`),
      errors,
      typeof b.detail === 'string' ? b.detail : undefined,
    );
  }

  /** The server could not be reached at all. */
  static network(): ApiProblem {
    return new ApiProblem(0, 'network', 'The server could not be reached. Check the connection and try again.');
  }
}

export const isApiProblem = (e: unknown): e is ApiProblem => e instanceof ApiProblem;
