import { useEffect, useRef, type ReactNode } from 'react';
import { words } from '../i18n/words.js';

/** `Title — carelevel staff`: each page names itself in the tab and in the history list (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${words.app.name}`;
  }, [title]);
}

export interface PageProps {
  readonly title: string;
  /** Shown under the heading, e.g. the person a record belongs to. */
  readonly lead?: ReactNode;
  /** Buttons beside the heading. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** The first page after a load needs no focus move: the browser starts at the top, with the skip link. */
let pageShownBefore = false;

/**
 * A page's heading and title. The heading takes focus when the page opens so a screen reader hears
 * the new page after a route change (a single-page app gives no page-load announcement otherwise).
 */
export function Page({ title, lead, actions, children }: PageProps): ReactNode {
  usePageTitle(title);
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!pageShownBefore) {
      pageShownBefore = true;
      return;
    }
    // Not when something inside the page already has focus (a form that re-rendered).
    const active = document.activeElement;
    if (!active || active === document.body || !document.getElementById('main')?.contains(active))
      h1.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      <div className="page-head">
        <h1 ref={h1} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </>
  );
}
