import { useEffect, useState } from 'react';

/**
 * Pages live in the URL hash (#/result), so any static server can serve the app and a reload keeps
 * the page. Answers never go in the URL.
 */
export const ROUTES = ['/', '/check', '/crisis', '/result', '/programs', '/summary'] as const;
export type Route = (typeof ROUTES)[number] | 'not-found';

function current(): Route {
  const path = window.location.hash.replace(/^#/, '') || '/';
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'not-found';
}

export function navigate(to: (typeof ROUTES)[number]): void {
  window.location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const on = (): void => {
      setRoute(current());
    };
    window.addEventListener('hashchange', on);
    return () => {
      window.removeEventListener('hashchange', on);
    };
  }, []);
  return route;
}
