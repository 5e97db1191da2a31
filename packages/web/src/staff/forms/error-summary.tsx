import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';

export interface SummaryItem {
  /** The DOM id of the field the message is about; none for a problem with no field. */
  readonly fieldId?: string;
  readonly message: string;
}

/**
 * The list of problems above a form, each a link to its field (WCAG 3.3.1). Shown after a failed
 * submit; the first field in error takes focus, and the summary is announced as an alert.
 */
export function ErrorSummary({ items, title }: { readonly items: readonly SummaryItem[]; readonly title?: string }): ReactNode {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? words.forms.errorSummaryTitle}</h2>
      <ul>
        {items.map((item, i) =>
          item.fieldId ? (
            <li key={`${item.fieldId}-${i}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  // The router owns the hash; move focus without changing the URL.
                  e.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ) : (
            <li key={`general-${i}`}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
