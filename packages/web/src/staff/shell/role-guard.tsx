import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import { Page } from './page.js';
import { useSession } from './session.js';

/** Render the page only for the given roles. The server refuses the data anyway; this keeps the screen honest. */
export function RoleGuard({ roles, children }: { readonly roles: readonly Role[]; readonly children: ReactNode }): ReactNode {
  const { can } = useSession();
  if (can(roles)) return children;
  return (
    <Page title={words.app.forbiddenTitle}>
      <p>{words.app.forbiddenBody}</p>
      <p>
        <Link to="/">{words.app.home}</Link>
      </p>
    </Page>
  );
}
