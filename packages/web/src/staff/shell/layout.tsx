import type { MouseEvent, ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { words } from '../i18n/words.js';
import { LanguageSwitch } from './language-switch.js';
import type { StaffRoute } from './route-types.js';
import { useUser, useSession } from './session.js';

/** The menu items this person's role may open, in order. */
export function navItems(routes: readonly StaffRoute[], role: string): { path: string; label: string }[] {
  return routes
    .filter((r) => r.nav && r.roles.some((x) => x === role))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0))
    .map((r) => ({ path: `/${r.path}`, label: r.nav?.label ?? r.path }));
}

/** Header with skip link, menu, who is signed in, sign-out and the language switch; the page in `<main>`. */
export function Layout({ routes, children }: { readonly routes: readonly StaffRoute[]; readonly children: ReactNode }): ReactNode {
  const user = useUser();
  const { signOut, programs } = useSession();
  const navigate = useNavigate();
  const w = words.nav;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {words.app.skipLink}
      </a>
      <header className="staff-header">
        <p className="brand">{words.app.name}</p>
        <nav aria-label={w.label}>
          <ul>
            {navItems(routes, user.role).map((item) => (
              <li key={item.path}>
                <NavLink to={item.path}>{item.label}</NavLink>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  void signOut().finally(() => void navigate('/'));
                }}
              >
                {w.signOut}
              </button>
            </li>
          </ul>
        </nav>
        <p className="signed-in-as">
          {w.signedInAs(user.email, words.roles[user.role])}
          {programs.length > 0 ? ` · ${programs.map((p) => p.name ?? p.id).join(', ')}` : null}
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** The hash is the router's, so the skip link moves focus itself instead of changing the URL. */
function skipToMain(e: MouseEvent): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
