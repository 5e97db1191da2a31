import { useEffect } from 'react';
import type { FormErrors } from './use-form-errors.js';

/**
 * A search form's read shown the way a save is: a failure lands on the form's fields (and takes
 * focus), and an answer clears them. Reads are queries, not mutations; this only connects the two.
 */
export function useQueryErrors(
  form: FormErrors,
  query: { readonly error: unknown; readonly errorUpdatedAt: number; readonly dataUpdatedAt: number },
): void {
  const { fail, clear } = form;
  useEffect(() => {
    if (query.error) fail(query.error);
  }, [fail, query.error, query.errorUpdatedAt]);
  useEffect(() => {
    if (query.dataUpdatedAt > 0) clear();
  }, [clear, query.dataUpdatedAt]);
}
