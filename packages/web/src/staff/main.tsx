import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { isApiProblem } from './api/api-problem.js';
import { staffLanguage } from './i18n/language.js';
import { STAFF_ROUTES } from './shell/route-registry.js';
import { SessionProvider } from './shell/session.js';
import { StaffApp } from './shell/staff-app.js';
import './staff.css';

// Records change under other people's hands; refetch on focus, but never retry a refusal (4xx).
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (count, err) => !(isApiProblem(err) && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

// staff.html says English; the page's language is the one its words are in (screen readers, hyphenation).
document.documentElement.lang = staffLanguage;

const root = document.getElementById('root');
if (root === null) throw new Error('staff.html has no #root');
// A hash router: the server serves one file, and addresses carry ids only (never names: no PHI in URLs).
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <SessionProvider>
          <StaffApp routes={STAFF_ROUTES} />
        </SessionProvider>
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);
