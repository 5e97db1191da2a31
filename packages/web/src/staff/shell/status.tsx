import type { ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { words } from '../i18n/words.js';

/** A loading line that screen readers announce politely. */
export function Loading({ label }: { readonly label?: string }): ReactNode {
  return (
    <p className="loading" role="status">
      {label ?? words.app.loading}
    </p>
  );
}

/** Words for a failed request: our own for known problem codes, else the server's title. */
export function problemText(err: unknown): string {
  if (isApiProblem(err)) return words.problems[err.code] ?? err.detail ?? err.title;
  return err instanceof Error ? err.message : String(err);
}

/** A failed load, said plainly, with a retry when one can help. */
export function LoadError({ error, retry }: { readonly error: unknown; readonly retry?: () => void }): ReactNode {
  return (
    <div className="notice notice--error" role="alert">
      <p>{problemText(error)}</p>
      {retry ? (
        <button type="button" className="button button--secondary" onClick={retry}>
          {words.app.retry}
        </button>
      ) : null}
    </div>
  );
}
