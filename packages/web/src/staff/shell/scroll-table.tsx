import { useEffect, useRef, useState, type ReactNode } from 'react';
import { words } from '../i18n/words.js';

/**
 * A table that may be wider than the screen (a phone is 360–390 px). When it is, it says so above the
 * table, since a sideways scroll is easy to miss, and the scrolling box takes keyboard focus so arrow
 * keys reach the hidden columns; when it fits, it is a plain table with no extra tab stop.
 */
export function ScrollTable({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = (): void => {
      setOverflows(el.scrollWidth > el.clientWidth + 1);
    };
    measure();
    const watcher = new ResizeObserver(measure);
    watcher.observe(el);
    const table = el.firstElementChild;
    if (table) watcher.observe(table);
    return () => {
      watcher.disconnect();
    };
  }, []);
  return (
    <>
      {overflows ? (
        <p className="table-scrolls muted" data-testid="table-scrolls">
          {words.app.tableScrolls}
        </p>
      ) : null}
      <div
        ref={box}
        className="table-wrap"
        {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': words.app.tableScrollsLabel(label) } : {})}
      >
        {children}
      </div>
    </>
  );
}
