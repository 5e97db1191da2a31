import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';

/** Shown wherever a suggested level or action is: the engine supports a clinician's decision, it does not make it. */
export function JudgmentNote(): ReactNode {
  return (
    <p className="judgment-note" role="note">
      {words.app.judgmentNote}
    </p>
  );
}
