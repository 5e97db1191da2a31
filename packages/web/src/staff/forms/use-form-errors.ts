import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isApiProblem, type ApiProblem } from '../api/api-problem.js';
import { fieldErrors, fieldId, type FieldErrors } from '../api/field-paths.js';
import { words } from '../i18n/words.js';
import type { SummaryItem } from './error-summary.js';

export interface FormErrors {
  /** Attach to the `<form>`: the first field in error inside it takes focus after a failure. */
  readonly formRef: RefObject<HTMLFormElement | null>;
  /** Message for a field name (`varianceReason`, `withdrawal.ciwaAr`). */
  readonly error: (name: string) => string | undefined;
  /** The DOM id of a field name, so inputs and summary links agree. */
  readonly id: (name: string) => string;
  readonly summary: readonly SummaryItem[];
  readonly problem: ApiProblem | null;
  /** Show a failure: an ApiProblem's field errors, or any other error as a general message. */
  readonly fail: (err: unknown) => void;
  /** Client-side checks before sending, in the same shape as the server's errors. */
  readonly failWith: (errors: Readonly<Record<string, string>>) => void;
  readonly clear: () => void;
}

const messageFor = (p: ApiProblem): string => words.problems[p.code] ?? p.detail ?? p.title;

/**
 * Field errors for one form, from the server's problem+json (`errors: [{path, message}]`) or from
 * checks in the page. `prefix` is the request part before the form's names (`body`, `body.case`);
 * `fields` lists the form's names, so an error deep inside one (an item of an instrument) lands on it.
 */
export function useFormErrors(form: string, prefix = 'body', fields?: readonly string[]): FormErrors {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [local, setLocal] = useState<Readonly<Record<string, string>> | null>(null);
  const [failures, setFailures] = useState(0);
  const [general, setGeneral] = useState<string | null>(null);

  const byField: FieldErrors = useMemo(() => local ?? fieldErrors(problem, prefix, fields), [local, problem, prefix, fields]);
  const id = useCallback((name: string) => fieldId(form, name), [form]);

  const summary = useMemo(() => {
    const items: SummaryItem[] = [];
    if (general) items.push({ message: general });
    for (const [name, message] of Object.entries(byField)) {
      if (name === '') items.push({ message });
      else items.push({ fieldId: id(name), message: `${labelFor(formRef.current, id(name)) ?? name}: ${message}` });
    }
    return items;
  }, [byField, general, id]);

  // After each failure, focus the first field in error in page order, or the summary when none.
  useLayoutEffect(() => {
    if (failures === 0) return;
    const root = formRef.current;
    const first = root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    if (first) first.focus();
    else
      (
        root?.querySelector<HTMLElement>('.error-summary a, .error-summary') ?? document.querySelector<HTMLElement>('.error-summary')
      )?.focus();
  }, [failures]);

  const fail = useCallback((err: unknown) => {
    setLocal(null);
    if (isApiProblem(err)) {
      setProblem(err);
      setGeneral(err.errors.length === 0 ? messageFor(err) : null);
    } else {
      setProblem(null);
      setGeneral(err instanceof Error ? err.message : String(err));
    }
    setFailures((n) => n + 1);
  }, []);
  const failWith = useCallback((errors: Readonly<Record<string, string>>) => {
    setProblem(null);
    setGeneral(null);
    setLocal(errors);
    setFailures((n) => n + 1);
  }, []);
  const clear = useCallback(() => {
    setProblem(null);
    setLocal(null);
    setGeneral(null);
  }, []);

  return { formRef, error: (name) => byField[name], id, summary, problem, fail, failWith, clear };
}

/** The visible label (or legend) of a field, for the summary's links. */
function labelFor(root: HTMLElement | null, id: string): string | undefined {
  const scope = root ?? document;
  const label = scope.querySelector(`label[for="${CSS.escape(id)}"]`);
  const el = document.getElementById(id);
  // A group of radios or checkboxes (forms/option-fieldset) is named by its
  // legend, not by its first option's label; a lone checkbox by its own label.
  const legend = el?.closest('fieldset.choice-group')?.querySelector('legend');
  const text = (legend ?? label)?.textContent?.trim();
  return text?.replace(/\s*\((optional|required)\)$/, '');
}
