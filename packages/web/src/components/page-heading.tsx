import { useEffect, useRef, type ReactElement } from 'react';

/**
 * The page's h1. It takes focus when the page or step changes, so keyboard and screen-reader users
 * start at the top of the new content instead of on a button that no longer exists.
 */
export function PageHeading({ children, focusKey }: { children: string; focusKey: string }): ReactElement {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
