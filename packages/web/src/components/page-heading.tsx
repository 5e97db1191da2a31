import { useLayoutEffect, useRef, type ReactElement } from 'react';

/**
 * The page's h1. It takes focus when the page or step changes, so keyboard and screen-reader users
 * start at the top of the new content instead of on a button that no longer exists.
 */
// On the very first page of a visit the browser's own start (top of the page) is right; moving focus
// there would only draw a focus ring nobody asked for.
let firstPage = true;

// A layout effect, not a plain one: Preact runs plain effects after the next paint, so a fast
// keyboard user (or a busy phone) could Tab into the new page first and then have focus pulled back.

export function PageHeading({ children, focusKey }: { children: string; focusKey: string }): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
