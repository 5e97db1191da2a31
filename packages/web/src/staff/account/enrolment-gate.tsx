import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { Page } from '../shell/page.js';
import { useSession } from '../shell/session.js';
import { SecondFactorEnrolment } from './second-factor-enrolment.js';

/**
 * What a person sees while the second-factor setting asks them to enrol: only this (the server
 * refuses everything else to their session anyway), and a way to sign out.
 */
export function EnrolmentGate(): ReactNode {
  const w = words.account;
  const { enrolled, signOut } = useSession();
  return (
    <main id="main" tabIndex={-1}>
      <Page title={w.enrolTitle}>
        <p>{w.enrolRequired}</p>
        <SecondFactorEnrolment onDone={enrolled} />
        <div className="button-row">
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {words.nav.signOut}
          </button>
        </div>
      </Page>
    </main>
  );
}
