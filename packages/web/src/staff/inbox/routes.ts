import type { Role } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

/** Program staff work here; an administrator may look over every program's inbox. */
const RECEIVING: readonly Role[] = ['program-staff', 'admin'];

export const inboxRoutes: readonly StaffRoute[] = [
  { path: 'inbox', roles: RECEIVING, load: () => import('./inbox-page.js'), nav: { label: words.nav.inbox, order: 30 } },
  { path: 'inbox/programs/:programId', roles: RECEIVING, load: () => import('./program-page.js') },
];
