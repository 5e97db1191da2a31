import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { EnrolmentGate } from '../account/enrolment-gate.js';
import { words } from '../i18n/words.js';
import { LanguageSwitch } from './language-switch.js';
import { Layout, navItems } from './layout.js';
import { Page } from './page.js';
import { RoleGuard } from './role-guard.js';
import type { StaffRoute } from './route-types.js';
import { useSession, useUser } from './session.js';
import { SignInPage } from './sign-in-page.js';
import { Loading } from './status.js';

/** The workspace: sign-in until someone is signed in, then the layout and the registered pages. */
export function StaffApp({ routes }: { readonly routes: readonly StaffRoute[] }): ReactNode {
  const { user, checking, mustEnrol } = useSession();
  const pages = useMemo(() => routes.map((r) => ({ route: r, Component: lazy(r.load) })), [routes]);
  if (checking)
    return (
      <main id="main" tabIndex={-1}>
        <Loading />
      </main>
    );
  if (!user)
    return (
      <>
        {/* Signed out, the language can be chosen before anything else (the header is the signed-in layout's). */}
        <header className="staff-header">
          <p className="brand">{words.app.name}</p>
          <LanguageSwitch />
        </header>
        <main id="main" tabIndex={-1}>
          <SignInPage />
        </main>
      </>
    );
  if (mustEnrol) return <EnrolmentGate />;
  return (
    <Layout routes={routes}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home routes={routes} />} />
          {pages.map(({ route, Component }) => (
            <Route
              key={route.path}
              path={`/${route.path}`}
              element={
                <RoleGuard roles={route.roles}>
                  <Component />
                </RoleGuard>
              }
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

/** The start page is the first menu item this role has. */
function Home({ routes }: { readonly routes: readonly StaffRoute[] }): ReactNode {
  const user = useUser();
  const first = navItems(routes, user.role)[0];
  if (first) return <Navigate to={first.path} replace />;
  return (
    <Page title={words.app.welcomeTitle}>
      <p>{words.app.welcomeBody}</p>
    </Page>
  );
}

function NotFound(): ReactNode {
  return (
    <Page title={words.app.notFoundTitle}>
      <p>{words.app.notFoundBody}</p>
      <p>
        <Link to="/">{words.app.home}</Link>
      </p>
    </Page>
  );
}
