import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { staffLanguage } from '../i18n/language.js';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading, problemText } from '../shell/status.js';
import { aftercareKey, planPdfUrl, readPlan } from './aftercare-api.js';
import './aftercare.css';
import { PersonCopy } from './person-copy.js';

/**
 * The aftercare plan as program staff see it when the person's consent to their program shares it:
 * the person's copy on screen, and the copies to print. Read only: the plan is the referring team's.
 * Without such a consent the server refuses (and logs the attempt), and this says so.
 */
export function SharedPlan({ personId }: { readonly personId: string }): ReactNode {
  const w = words.aftercare;
  const stored = useQuery({ queryKey: aftercareKey(personId), queryFn: () => readPlan(personId) });
  if (stored.isPending) return <Loading />;
  if (stored.isError) {
    if (isApiProblem(stored.error) && (stored.error.status === 403 || stored.error.code === 'no-consent'))
      return (
        <Page title={w.title}>
          <p className="notice notice--error">{problemText(stored.error)}</p>
        </Page>
      );
    return <LoadError error={stored.error} retry={() => void stored.refetch()} />;
  }
  const plan = stored.data?.body.plan;
  return (
    <Page title={w.title} lead={w.sharedLead}>
      {plan ? (
        <div className="aftercare-page">
          <ul className="plain-list">
            <li>
              <a href={planPdfUrl(personId, 'person', plan.language === 'es' ? 'es' : 'en')} download>
                {plan.language === 'es' ? w.downloadPersonEs : w.downloadPerson}
              </a>
            </li>
            <li>
              {/* The clinician copy is for staff: in the workspace's language. */}
              <a href={planPdfUrl(personId, 'clinician', staffLanguage)} download>
                {w.downloadClinician}
              </a>
            </li>
          </ul>
          <PersonCopy plan={plan} />
        </div>
      ) : (
        <p>{w.sharedNone}</p>
      )}
    </Page>
  );
}
