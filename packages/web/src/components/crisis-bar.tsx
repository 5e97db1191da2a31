import type { ReactElement } from 'react';
import type { UiWords } from '../i18n/ui-en.js';

/**
 * Crisis help on every public page, one tap away (issue 5). Real links so phones dial or text:
 * "Call or text 988" as one tel: link could only call, so texting gets its own sms: link.
 */
export function CrisisBar({ t }: { t: UiWords }): ReactElement {
  return (
    <aside className="crisis-bar" aria-label={t.crisisBar.label}>
      <strong>{t.crisisBar.lead}</strong> <a href="tel:988">{t.crisisBar.call988}</a>
      <span aria-hidden="true"> · </span>
      <a href="sms:988">{t.crisisBar.text988}</a>
      <span aria-hidden="true"> · </span>
      <a href="tel:911">{t.crisisBar.call911}</a>
      <span aria-hidden="true"> · </span>
      <a href="tel:18006624357">{t.crisisBar.helpline}</a>
    </aside>
  );
}
